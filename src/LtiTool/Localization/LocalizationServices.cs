using Microsoft.AspNetCore.Localization;

namespace LtiPathways.LtiTool.Localization;

/// <summary>
/// Strings live in .resx files beside the feature that shows them (Features/Submissions/SubmissionText.resx and its .es
/// twin); the request's language comes from the launch's locale, else the browser's, else English.
/// </summary>
public static class LocalizationServices
{
    public static IServiceCollection AddToolLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddHttpContextAccessor();
        services.AddScoped<PersonTime>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(ToolCultures.Default);
            options.SupportedCultures = ToolCultures.All;
            options.SupportedUICultures = ToolCultures.All;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // The launch's locale first, then the browser's; a query string or cookie must not override what the LMS says.
            options.RequestCultureProviders = [new SessionCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>After authentication, so the session's locale is known.</summary>
    public static IApplicationBuilder UseToolLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();
}
