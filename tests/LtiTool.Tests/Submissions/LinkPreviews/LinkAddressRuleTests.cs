using System.Net;
using System.Net.Sockets;
using LtiPathways.LtiTool.Features.Submissions;
using LtiPathways.LtiTool.Hosting.Network;

namespace LtiPathways.LtiTool.Tests.Submissions.LinkPreviews;

/// <summary>The one address rule that link entries and preview fetches share.</summary>
public class LinkAddressRuleTests
{
    private readonly LinkAddressGuard guard = new();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("169.254.169.254")]
    [InlineData("169.254.1.1")]
    [InlineData("0.0.0.0")]
    [InlineData("0.1.2.3")]
    [InlineData("255.255.255.255")]
    [InlineData("224.0.0.251")]
    [InlineData("239.255.255.250")]
    [InlineData("240.0.0.1")]
    [InlineData("192.0.0.8")]
    [InlineData("192.0.2.10")]
    [InlineData("198.18.0.1")]
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.9")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("::127.0.0.1")]
    [InlineData("fe80::1")]
    [InlineData("fec0::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456:789a::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:192.168.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:100.64.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2001:db8::1")]
    [InlineData("2002:7f00:1::1")]
    [InlineData("3fff::1")]
    public void Addresses_outside_the_public_internet_are_refused(string address) =>
        Assert.False(guard.Allows(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("169.255.0.1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2a00:1450:4001:80b::200e")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.True(guard.Allows(IPAddress.Parse(address)));

    [Fact]
    public void Only_the_web_ports_are_fetched() =>
        Assert.Equal([false, true, false, true, false], new[] { 22, 80, 8080, 443, 6379 }.Select(guard.AllowsPreviewPort));

    [Fact]
    public async Task A_host_with_one_private_address_is_refused_whole()
    {
        var mixed = new LinkAddressGuard((_, _) => Task.FromResult(new[] { IPAddress.Parse("8.8.8.8"), IPAddress.Parse("10.0.0.2") }));

        var (addresses, verdict) = await mixed.ResolveAsync("mixed.example", CancellationToken.None);

        Assert.Equal(HostVerdict.NotPublic, verdict);
        Assert.Empty(addresses);
    }

    [Fact]
    public async Task A_host_that_does_not_resolve_is_not_found()
    {
        var missing = new LinkAddressGuard((_, _) => throw new SocketException((int)SocketError.HostNotFound));
        var empty = new LinkAddressGuard((_, _) => Task.FromResult(Array.Empty<IPAddress>()));

        Assert.Equal(HostVerdict.NotFound, (await missing.ResolveAsync("gone.example", CancellationToken.None)).Verdict);
        Assert.Equal(HostVerdict.NotFound, (await empty.ResolveAsync("gone.example", CancellationToken.None)).Verdict);
    }

    [Fact]
    public async Task An_address_literal_in_brackets_is_checked_without_a_lookup()
    {
        var noLookup = new LinkAddressGuard((_, _) => throw new InvalidOperationException("looked up"));

        Assert.Equal(HostVerdict.NotPublic, (await noLookup.ResolveAsync("[::1]", CancellationToken.None)).Verdict);
    }
}
