namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>Checklist D.22: ask only for scopes the registration allows and the launch offered for this context.</summary>
public static class ScopeSelection
{
    public static IReadOnlyList<string> Intersect(string registrationScopes, string offeredScopes)
    {
        var offered = Split(offeredScopes).ToHashSet(StringComparer.Ordinal);
        return Split(registrationScopes).Where(offered.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static string[] Split(string scopes) => scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
