using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace Soteliiderit.Academy.Web.Features.Courses;

/// <summary>
/// Lesson texts are Markdown written by facilitators. Raw HTML never passes (it is shown as text), and a link or
/// image keeps its address only when that is http, https, mailto or a path on this site: DisableHtml alone still
/// lets [x](javascript:...) through. The Content-Security-Policy is the second line of defence.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public static HtmlString Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeAddress(link.Url))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeAddress(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url ?? ""));
            }
        }

        return new HtmlString(document.ToHtml(Pipeline));
    }

    /// <summary>Allowed: http, https, mailto, and addresses without a scheme (a path or fragment on this site).</summary>
    public static bool IsSafeAddress(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore tabs, newlines and other controls inside a scheme ("java\tscript:"), so judge without them.
        var compact = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (!char.IsControl(c) && !char.IsWhiteSpace(c))
            {
                compact.Append(c);
            }
        }

        var address = compact.ToString();
        var colon = address.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = address.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (!hasScheme)
        {
            return true;
        }

        var scheme = address[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    /// <summary>Keeps the link's text, drops the link (an image becomes its alt text).</summary>
    private static void Unwrap(LinkInline link)
    {
        var text = new StringBuilder();
        foreach (var literal in link.Descendants<LiteralInline>())
        {
            text.Append(literal.Content.ToString());
        }

        link.ReplaceBy(new LiteralInline(text.ToString()));
    }
}
