namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The sandbox platform's LTI Advantage services: token, line items, scores, results, and its gradebook page.</summary>
public static class SandboxServiceEndpoints
{
    public static RouteGroupBuilder MapSandboxServices(this RouteGroupBuilder sandbox) =>
        sandbox.MapSandboxToken().MapSandboxLineItems().MapSandboxScores().MapSandboxGradebook();

    public static IServiceCollection AddSandboxServices(this IServiceCollection services)
    {
        services.AddHttpClient(SandboxClientAssertion.JwksClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<SandboxClientAssertion>();
        services.AddSingleton<SandboxAccessTokens>();
        services.AddSingleton<SandboxFaults>();
        services.AddSingleton<SandboxServiceLog>();
        services.AddSingleton<SandboxScoreTimestamps>();
        services.AddScoped<SandboxDemoAssignment>();
        services.AddScoped<SandboxPlannerLink>();
        services.AddScoped<SandboxDemoPlans>();
        services.AddScoped<SandboxDemoPartnerships>();
        services.AddScoped<SandboxDemoModules>();
        services.AddScoped<SandboxDemoCohorts>();
        services.AddScoped<SandboxOutsideMentor>();
        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
