using LtiPathways.LtiTool.Features.Assessments;
using LtiPathways.LtiTool.Features.DeepLinking;
using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Features.Dashboards;
using LtiPathways.LtiTool.Features.Partnerships;
using LtiPathways.LtiTool.Features.GraphQL;
using LtiPathways.LtiTool.Features.Home;
using LtiPathways.LtiTool.Features.Library;
using LtiPathways.LtiTool.Features.Mentors;
using LtiPathways.LtiTool.Features.Modules;
using LtiPathways.LtiTool.Features.Mentors.SignedLinks;
using LtiPathways.LtiTool.Features.Pathways;
using LtiPathways.LtiTool.Features.Reels;
using LtiPathways.LtiTool.Features.SubmissionReview;
using LtiPathways.LtiTool.Features.Admin;
using LtiPathways.LtiTool.Features.Roster;
using LtiPathways.LtiTool.Features.Submissions;
using LtiPathways.LtiTool.Health;
using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Lti.DeepLinking;
using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.LtiTool.Lti.Keys;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.LtiTool.Lti.Login;
using LtiPathways.LtiTool.Lti.Manifests;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.LtiTool.Lti.Registration;
using LtiPathways.LtiTool.Lti.Services;
using LtiPathways.LtiTool.Localization;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Telemetry;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Grading;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Hosting;

public static class ToolServices
{
    public static WebApplicationBuilder AddLtiTool(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        builder.Logging.AddToolLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<LtiOptions>().Bind(configuration.GetSection(LtiOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<LtiOptions>, LtiOptionsValidator>();

        services.AddUnreadableBodyAnswers();
        services.AddToolDatabase(configuration);
        services.AddDataProtection().SetApplicationName("LtiPathways").PersistKeysToDbContext<PathwaysDbContext>();
        services.AddMemoryCache();
        services.AddRazorComponents();
        // Translated words reach pages through the encoder: letters such as "á" and "·" stay themselves, not character references.
        services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddToolLocalization();

        services.AddHttpClient(PlatformKeyCache.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
            .AddStandardResilienceHandler();
        services.AddSingleton<PlatformKeyCache>();
        services.AddSingleton<ToolKeyCache>();
        services.AddSingleton<FrameAncestors>();
        services.AddSingleton<ToolUrls>();
        services.AddScoped<ToolKeyStore>();
        services.AddScoped<PlatformRegistry>();
        services.AddScoped<ConfiguredPlatformsSeeder>();
        services.AddScoped<LoginStateStore>();
        services.AddSingleton<LoginStateSweep>();
        services.AddScoped<LaunchValidator>();
        services.AddScoped<LaunchProvisioner>();
        services.AddScoped<MentorshipProvisioner>();
        services.AddScoped<ILaunchLanding, HomeLanding>();
        services.AddScoped<HomeQueries>();
        services.AddScoped<DeepLinkingRequestStore>();
        services.AddScoped<DeepLinkingResponseBuilder>();
        services.AddScoped<DeepLinkingLanding>();
        services.AddScoped<AssignmentPlacer>();
        services.AddScoped<SubmissionReviewLanding>();
        services.AddScoped<SubmissionReviewQueries>();
        services.AddScoped<LaunchedAssignments>();
        services.AddScoped<RegistrationScope>();
        services.AddScoped<GradingQueries>();
        services.AddScoped<GradeRelease>();
        services.AddAssessments();
        services.AddRubricLibrary();
        services.AddAssignmentAndGradeServices(configuration);
        services.AddPlatformServices();
        services.AddRoster(configuration);
        services.AddToolSession();
        services.AddGraphQLApi(configuration);
        services.AddSubmissions(configuration);
        services.AddPathways();
        services.AddPartnerships();
        services.AddModules();
        services.AddDashboards(configuration);
        services.AddMentors(configuration);
        services.AddReels();
        services.AddToolHealthChecks();
        services.AddToolTelemetry(configuration);

        if (builder.Environment.IsDevelopment())
        {
            services.AddSingleton<SandboxPlatform>();
            services.AddSingleton<SandboxGradebook>();
            services.AddScoped<SandboxRegistration>();
            services.AddSingleton<SandboxDeepLinkValidator>();
            services.AddHttpClient(SandboxDeepLinkValidator.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
            services.AddSandboxServices();
            services.AddSingleton<SandboxToolRegistrations>();
        }

        return builder;
    }

    public static WebApplication MapLtiTool(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseUnreadableBodyAnswers();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseToolLocalization();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        // The page's session token protects every form (SessionTokenSources); an antiforgery cookie is third-party in an LMS iframe.
        var tool = app.MapGroup("").DisableAntiforgery();
        tool.MapLtiLogin();
        tool.MapLtiLaunch();
        tool.MapJwks();
        tool.MapHome();
        tool.MapDeepLinking();
        tool.MapGrading();
        tool.MapAssessments();
        tool.MapRubricLibrary();
        tool.MapRosterSync();
        tool.MapLtiRegistration();
        tool.MapManifests();
        tool.MapAdmin();
        tool.MapApiTokenAdmin();
        tool.MapCoordinatorAdmin();
        tool.MapSubmissions();
        tool.MapPathways();
        tool.MapPartnerships();
        tool.MapModules();
        tool.MapDashboards();
        tool.MapMentors();
        tool.MapReels();
        tool.MapGraphQL();
        tool.MapToolHealth();
        app.MapToolTelemetry();
        // Outside the LMS frame and without a session, so the forms keep the antiforgery check the group above turns off.
        app.MapSignedLinks();
        app.MapSharedReels();
        if (app.Environment.IsDevelopment())
        {
            tool.MapSandbox();
            tool.MapGet("/", () => Results.Redirect("/sandbox"));
        }
        else
        {
            tool.MapGet("/", () => Results.Text(
                "LtiPathways is an LTI 1.3 tool: open it from a link in your course. LMS administrators: the tool's keys are at /.well-known/jwks.json.",
                "text/plain; charset=utf-8"));
        }

        return app;
    }
}
