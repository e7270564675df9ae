using System.Text.Json;
using LtiPathways.LtiTool.Lti.Services;

namespace LtiPathways.LtiTool.Lti.Nrps;

/// <summary>Reads one membership container page (NRPS 2.0 section 2.2) leniently: members without user_id are skipped.</summary>
public static class MembershipContainer
{
    public static MembershipRoster Parse(string json)
    {
        using var document = Read(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new NrpsException("The platform's roster was not a membership container.");
        }

        // The context id is informative only: Canvas reports its own id, not the launch's (checklist E.35).
        var contextId = root.TryGetProperty("context", out var context) ? JsonText.Member(context, "id") : null;
        var members = root.TryGetProperty("members", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(Member).OfType<NrpsMember>().ToList()
            : [];
        return new MembershipRoster(contextId, members, 1);
    }

    private static JsonDocument Read(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new NrpsException("The platform's roster was not JSON.", exception);
        }
    }

    private static NrpsMember? Member(JsonElement member)
    {
        if (member.ValueKind != JsonValueKind.Object || JsonText.Member(member, "user_id") is not { Length: > 0 } userId)
        {
            return null;
        }

        var roles = member.TryGetProperty("roles", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!).ToList()
            : [];
        return new NrpsMember(
            userId, roles, JsonText.Member(member, "status") ?? "Active",
            JsonText.Member(member, "name"), JsonText.Member(member, "given_name"), JsonText.Member(member, "family_name"), JsonText.Member(member, "email"));
    }

}
