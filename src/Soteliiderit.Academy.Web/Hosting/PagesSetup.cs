using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Hosting;

public static class PagesSetup
{
    /// <summary>Razor Pages live in Features/{Area} beside the area's endpoints; folders carry their policies.</summary>
    public static IServiceCollection AddAcademyPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Features";
                options.Conventions.AuthorizeFolder("/Authoring", Policies.Authoring);
                options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
                options.Conventions.AuthorizeFolder("/Hr", Policies.Hr);
            })
            .AddMvcOptions(options => options.Filters.Add<RuleViolationPageFilter>())
            // No client-side validation library: the server's messages, in the reader's language, are the only ones.
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();
        services.AddScoped<ErrorMessages>();
        return services;
    }

    /// <summary>Model binding's own messages ("The value '' is invalid") in the visitor's language.</summary>
    private sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
    {
        public void Configure(MvcOptions options)
        {
            var t = factory.Create(typeof(SharedResource));
            var messages = options.ModelBindingMessageProvider;
            messages.SetValueIsInvalidAccessor(_ => t["Validation.Invalid"]);
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => t["Validation.Invalid"]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => t["Validation.Invalid"]);
            messages.SetUnknownValueIsInvalidAccessor(_ => t["Validation.Invalid"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["Validation.Invalid"]);
            messages.SetValueMustNotBeNullAccessor(_ => t["Validation.Required"]);
            messages.SetMissingBindRequiredValueAccessor(_ => t["Validation.Required"]);
            messages.SetMissingKeyOrValueAccessor(() => t["Validation.Required"]);
            messages.SetValueMustBeANumberAccessor(_ => t["Validation.Number"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => t["Validation.Number"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => t["Validation.Required"]);
        }
    }
}
