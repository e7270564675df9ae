using System.Diagnostics;
using LtiPathways.LtiTool.Lti.Login;
using LtiPathways.LtiTool.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>The OIDC redirect URI: the platform form-posts the id_token here (LTI Core 5.1.1.3).</summary>
public static class LaunchEndpoint
{
    public static IEndpointRouteBuilder MapLtiLaunch(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(ToolUrls.LaunchPath, HandleAsync);
        // Moodle GETs the launch URL whenever an activity is saved (it looks for a cartridge): expected, so not a warning.
        routes.MapGet(ToolUrls.LaunchPath, (ILogger<LaunchValidator> logger) =>
            (LtiRejection.BadRequest("LtiPathways opens from a link in your course; it cannot be opened directly.", "GET on the launch URL")
                with { LogLevel = LogLevel.Information })
            .ToResult(logger, "launch"));
        return routes;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        LaunchValidator validator,
        LaunchProvisioner provisioner,
        ILaunchLanding landing,
        ILogger<LaunchValidator> logger,
        ToolMetrics metrics,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var form = await LaunchForm.ReadAsync(context.Request, cancellationToken);
        var outcome = await validator.ValidateAsync(form, context.Request, cancellationToken);
        if (outcome.StorageCheck is { } check)
        {
            metrics.LaunchHeldForStorageCheck(started);
            return new RazorComponentResult<PlatformStorageCheckPage>(new { Check = check });
        }

        if (outcome.Rejection is { } rejection)
        {
            metrics.LaunchRefused(rejection.Rule, started);
            return rejection.ToResult(logger, "launch");
        }

        var launch = outcome.Launch!;
        BrowserBinding.Clear(context.Response, form.State!);
        var provisioned = await provisioner.ProvisionAsync(launch, cancellationToken);
        logger.LogInformation("Launch {MessageType} accepted for registration {Registration}, deployment {Deployment}, role {Role}",
            launch.Message.MessageType, launch.Registration.Id, launch.Deployment.Id, provisioned.Role);
        var landed = await landing.LandAsync(context, launch, provisioned, cancellationToken);
        metrics.LaunchAccepted(started);
        return landed;
    }
}
