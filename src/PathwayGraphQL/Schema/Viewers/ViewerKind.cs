namespace LtiPathways.PathwayGraphQL.Schema.Viewers;

/// <summary>Whether the API is asked by a person from a launch or by a district system's API token.</summary>
public enum ViewerKind
{
    Person,
    ApiToken,
}
