using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The sandbox's side of Dynamic Registration: single-use registration tokens and the registrations tools posted.</summary>
public sealed class SandboxToolRegistrations
{
    private readonly ConcurrentDictionary<string, bool> tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<JsonObject> received = new();

    public IReadOnlyCollection<JsonObject> Received => received;

    public string IssueToken()
    {
        var token = "sandbox-reg-" + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(18));
        tokens[token] = true;
        return token;
    }

    public bool IsValid(string? token) => token is not null && tokens.ContainsKey(token);

    /// <summary>Moodle and the DR spec make the token single use (checklist F.40).</summary>
    public bool Consume(string? token) => token is not null && tokens.TryRemove(token, out _);

    public void Record(JsonObject registration) => received.Enqueue(registration);
}
