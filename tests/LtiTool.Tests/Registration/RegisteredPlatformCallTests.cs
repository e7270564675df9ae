using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.LtiTool.Lti.Services;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Registration;

/// <summary>
/// Issue 11, finding 2: after dynamic registration, the tool's own calls to that platform (its keys, tokens, services)
/// go through the public-only client, while a platform an operator entered is called as configured.
/// </summary>
public sealed class RegisteredPlatformCallTests : IAsyncLifetime
{
    private RegistrationPlatform lms = default!;
    private ServiceProvider services = default!;

    public async Task InitializeAsync()
    {
        lms = await RegistrationPlatform.StartAsync();
        var collection = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        collection.AddOptions<LtiOptions>().Configure(options => options.AllowLoopbackPlatforms = false);
        collection.AddHttpClient(PlatformKeyCache.HttpClientName);
        collection.AddPublicOnlyPlatformClient();
        collection.AddSingleton<PlatformKeyCache>();
        services = collection.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await lms.DisposeAsync();
    }

    [Fact]
    public async Task Unauthenticated_fetcher_a_dynamically_registered_platforms_keys_are_fetched_from_public_addresses_only()
    {
        await services.GetRequiredService<PlatformKeyCache>().FindAsync(Registration(RegistrationSource.DynamicRegistration), "kid-1", CancellationToken.None);

        Assert.Equal(0, lms.TotalHits);
    }

    [Fact]
    public async Task An_operators_platform_is_fetched_where_the_operator_said()
    {
        await services.GetRequiredService<PlatformKeyCache>().FindAsync(Registration(RegistrationSource.Configuration), "kid-1", CancellationToken.None);

        Assert.Equal(1, lms.Hits.GetValueOrDefault("/lms/jwks"));
    }

    [Theory]
    [InlineData(RegistrationSource.DynamicRegistration, PlatformHttpClients.PublicOnly)]
    [InlineData(RegistrationSource.Configuration, PlatformHttpClients.Services)]
    [InlineData(RegistrationSource.CommandLine, PlatformHttpClients.Services)]
    public void Unauthenticated_fetcher_tokens_and_services_of_a_dynamically_registered_platform_use_the_public_only_client(
        RegistrationSource source, string client) =>
        Assert.Equal(client, PlatformHttpClients.For(Registration(source), PlatformHttpClients.Services));

    private PlatformRegistration Registration(RegistrationSource source) => new()
    {
        Issuer = lms.Issuer, ClientId = lms.ClientId, AuthorizationEndpoint = lms.BaseUrl + "/lms/authorize",
        TokenEndpoint = lms.BaseUrl + "/lms/token", JwksUri = lms.JwksUri, Source = source,
    };
}
