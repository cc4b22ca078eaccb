using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>
/// <c>&lt;localized-fields asp-for="Input.Title" legend="…" max-length="200" required="true" /&gt;</c>: one text in
/// Finnish, Swedish and English as the _LocalizedFields partial draws it. The expression's name becomes the field
/// prefix, so the three boxes bind with asp-for like any other field ("Input.Title.Fi").
/// </summary>
[HtmlTargetElement("localized-fields", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalizedFieldsTagHelper(IHtmlHelper html) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string Legend { get; set; } = "";

    public int MaxLength { get; set; }

    /// <summary>Says in the legend that the text is needed in at least one language.</summary>
    public bool Required { get; set; }

    public bool Multiline { get; set; }

    public int Rows { get; set; } = 3;

    /// <summary>The id of a hint that describes every box.</summary>
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ((IViewContextAware)html).Contextualize(ViewContext);
        var viewData = new ViewDataDictionary<LocalizedInput>(ViewContext.ViewData, For.Model as LocalizedInput ?? new LocalizedInput())
        {
            [nameof(LocalizedFieldsModel)] = new LocalizedFieldsModel(Legend, MaxLength, Required, Multiline, Rows, Hint),
        };
        viewData.TemplateInfo.HtmlFieldPrefix = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        output.TagName = null;
        output.Content.SetHtmlContent(await html.PartialAsync("_LocalizedFields", viewData.Model, viewData));
    }
}
