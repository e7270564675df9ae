using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>What a call to a course's services needs: the registration to authenticate as and the scopes the launch offered.</summary>
public record AgsAccess(PlatformRegistration Registration, string OfferedScopes)
{
    public IReadOnlyList<string> Scopes => ScopeSelection.Intersect(Registration.Scopes, OfferedScopes);
}
