using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.ApiTokens;
using LtiPathways.PathwayGraphQL.Data.Api;
using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.PathwayGraphQL.Schema.Execution;

/// <summary>
/// Who asks the API: a person from a launch (exactly what they see in the pages) or a district system's API token (its
/// institution). Every resolver scopes by it.
/// </summary>
public sealed record GraphQLCaller
{
    private GraphQLCaller(Institution institution, Viewer? person, ApiTokenGrant? token, bool introspectionForAll)
    {
        Institution = institution;
        Person = person;
        Token = token;
        MayIntrospect = introspectionForAll || token is not null || person?.Role == CourseRole.Admin;
    }

    public Institution Institution { get; }

    public Viewer? Person { get; }

    public ApiTokenGrant? Token { get; }

    /// <summary>Introspection outside Development is for administrators and API tokens only.</summary>
    public bool MayIntrospect { get; }

    public bool MayWrite => Person is not null || Token?.Scope == ApiTokenScope.Write;

    /// <param name="introspectionForAll">True in Development, where anyone exploring the API may read the schema.</param>
    public static GraphQLCaller Of(Viewer person, bool introspectionForAll) =>
        new(new Institution(person.RegistrationId, person.DeploymentId), person, null, introspectionForAll);

    public static GraphQLCaller Of(ApiTokenGrant token) => new(token.Institution, null, token, introspectionForAll: true);
}
