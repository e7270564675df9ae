using System.Diagnostics;
using System.Net;
using LtiPathways.LtiTool.Features.Submissions;
using LtiPathways.LtiTool.Features.Submissions.LinkPreviews;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Submissions.LinkPreviews;

/// <summary>The fetcher as the tool registers it (its named client and handler), against a real server on loopback.</summary>
public sealed class LinkPreviewFetcherTests : IAsyncLifetime
{
    private readonly List<ServiceProvider> providers = [];
    private PreviewServer server = default!;

    public async Task InitializeAsync() => server = await PreviewServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        await server.DisposeAsync();
    }

    [Fact]
    public async Task Open_graph_tags_win_over_the_title_element_and_are_trimmed()
    {
        var (preview, refusal) = await Fetcher().FetchAsync(server.Url("/og"), CancellationToken.None);

        Assert.Null(refusal);
        Assert.Equal(new LinkPreview("Our river clean-up", "Week 3 of the service project.", "Class blog"), preview);
    }

    [Fact]
    public async Task Without_open_graph_the_title_element_and_meta_description_are_read()
    {
        var (preview, _) = await Fetcher().FetchAsync(server.Url("/plain"), CancellationToken.None);

        Assert.Equal(new LinkPreview("Plain title", "Just a page.", ""), preview);
    }

    [Fact]
    public async Task A_page_in_latin1_is_decoded_by_its_meta_charset()
    {
        var (preview, _) = await Fetcher().FetchAsync(server.Url("/latin1"), CancellationToken.None);

        Assert.Equal("Café notes", preview?.Title);
    }

    [Fact]
    public async Task A_page_without_title_or_description_says_so()
    {
        var (preview, refusal) = await Fetcher().FetchAsync(server.Url("/empty"), CancellationToken.None);

        Assert.Null(preview);
        Assert.Equal(LinkPreviewSentences.NothingToFill, refusal);
    }

    [Fact]
    public async Task Three_redirects_are_followed()
    {
        var (preview, refusal) = await Fetcher().FetchAsync(server.Url("/hops/3"), CancellationToken.None);

        Assert.Null(refusal);
        Assert.Equal("Our river clean-up", preview?.Title);
    }

    [Fact]
    public async Task A_fourth_redirect_is_not_followed()
    {
        var (preview, refusal) = await Fetcher().FetchAsync(server.Url("/hops/4"), CancellationToken.None);

        Assert.Null(preview);
        Assert.Equal(LinkPreviewSentences.TooManyRedirects(3), refusal);
        Assert.False(server.Hits.ContainsKey("/hops/0"));
    }

    [Theory]
    [InlineData("/to-private")]
    [InlineData("/to-metadata")]
    [InlineData("/to-mapped")]
    public async Task A_redirect_into_a_private_network_is_refused(string path)
    {
        var (preview, refusal) = await Fetcher().FetchAsync(server.Url(path), CancellationToken.None);

        Assert.Null(preview);
        Assert.Equal(LinkPreviewSentences.Private, refusal);
    }

    [Fact]
    public async Task An_endless_page_is_read_only_up_to_the_limit_and_its_connection_closed()
    {
        var fetcher = Fetcher(new TestServerGuard(), ("MaxBytes", "65536"), ("Timeout", "00:00:30"));
        var clock = Stopwatch.StartNew();

        var (preview, refusal) = await fetcher.FetchAsync(server.Url("/endless"), CancellationToken.None);

        Assert.Null(refusal);
        Assert.Equal("Endless", preview?.Title);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        await server.EndlessStopped.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_slow_page_ends_with_the_time_limit_sentence()
    {
        var fetcher = Fetcher(new TestServerGuard(), ("Timeout", "00:00:01"));
        var clock = Stopwatch.StartNew();

        var (preview, refusal) = await fetcher.FetchAsync(server.Url("/slow"), CancellationToken.None);

        Assert.Null(preview);
        Assert.Equal(LinkPreviewSentences.TooSlow, refusal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_file_that_is_not_html_is_not_parsed()
    {
        var (preview, refusal) = await Fetcher().FetchAsync(server.Url("/pdf"), CancellationToken.None);

        Assert.Null(preview);
        Assert.Equal(LinkPreviewSentences.NotAWebPage, refusal);
    }

    [Fact]
    public async Task An_error_page_gives_its_status_but_never_its_body()
    {
        var (_, refusal) = await Fetcher().FetchAsync(server.Url("/missing"), CancellationToken.None);

        Assert.Equal(LinkPreviewSentences.ErrorStatus(404), refusal);
        Assert.DoesNotContain("hunter2", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_name_the_tool_and_carry_no_cookies_even_ones_the_page_set()
    {
        await Fetcher().FetchAsync(server.Url("/cookie-hop"), CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, request => Assert.Equal((LinkPreviewServices.UserAgent, ""), request));
    }

    [Theory]
    [InlineData("ftp://example.org/notes.html")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    public async Task Only_http_and_https_are_fetched(string url)
    {
        var (_, refusal) = await Fetcher().FetchAsync(url, CancellationToken.None);

        Assert.Equal(LinkPreviewSentences.NotWeb, refusal);
    }

    [Theory]
    [InlineData("http://93.184.215.14:22/", LinkPreviewSentences.Port)]
    [InlineData("http://93.184.215.14:8080/", LinkPreviewSentences.Port)]
    [InlineData("http://127.0.0.1/", LinkPreviewSentences.Private)]
    [InlineData("http://localhost/", LinkPreviewSentences.Private)]
    [InlineData("http://[::1]/", LinkPreviewSentences.Private)]
    [InlineData("http://169.254.169.254/latest/meta-data/", LinkPreviewSentences.Private)]
    [InlineData("http://[::ffff:10.0.0.1]/", LinkPreviewSentences.Private)]
    [InlineData("http://student:secret@93.184.215.14/", LinkPreviewSentences.HasCredentials)]
    public async Task By_default_other_ports_loopback_and_private_addresses_are_refused(string url, string sentence)
    {
        var (_, refusal) = await Fetcher(new LinkAddressGuard()).FetchAsync(url, CancellationToken.None);

        Assert.Equal(sentence, refusal);
    }

    [Fact]
    public async Task By_default_the_live_loopback_server_is_never_reached_even_on_an_allowed_port()
    {
        var (_, refusal) = await Fetcher(new TestServerGuard(allowLoopback: false)).FetchAsync(server.Url("/og"), CancellationToken.None);

        Assert.Equal(LinkPreviewSentences.Private, refusal);
        Assert.Empty(server.Hits);
    }

    [Fact]
    public async Task The_connection_goes_to_the_address_our_own_lookup_approved()
    {
        var guard = new TestServerGuard(resolve: (host, _) => Task.FromResult(host == "blog.example" ? new[] { IPAddress.Loopback } : []));

        var (preview, _) = await Fetcher(guard).FetchAsync($"http://blog.example:{server.Port}/og", CancellationToken.None);

        Assert.Equal("Our river clean-up", preview?.Title);
    }

    [Fact]
    public async Task A_name_with_one_private_address_among_public_ones_is_refused()
    {
        var guard = new TestServerGuard(allowLoopback: false,
            resolve: (_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.215.14"), IPAddress.Loopback }));

        var (_, refusal) = await Fetcher(guard).FetchAsync($"http://rebinding.example:{server.Port}/og", CancellationToken.None);

        Assert.Equal(LinkPreviewSentences.Private, refusal);
        Assert.Empty(server.Hits);
    }

    [Fact]
    public async Task An_unknown_host_is_named_in_the_sentence()
    {
        var (_, refusal) = await Fetcher().FetchAsync("https://no-such-host.invalid/blog", CancellationToken.None);

        Assert.Equal(LinkPreviewSentences.NotFound("no-such-host.invalid"), refusal);
    }

    private LinkPreviewFetcher Fetcher(LinkAddressGuard? guard = null, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"{LinkPreviewOptions.Section}:{s.Key}", (string?)s.Value)))
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(guard ?? new TestServerGuard());
        services.AddLinkPreviews(configuration);
        var provider = services.BuildServiceProvider();
        providers.Add(provider);
        return provider.GetRequiredService<LinkPreviewFetcher>();
    }
}
