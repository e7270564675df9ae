namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// Who saves a plan version: a person, or a district system through its institution's read-write API token. A token is
/// never made into a person, so the history says which system changed the plan, under the name it was given.
/// </summary>
public sealed record PlanAuthor(Guid? PersonId, Guid? ApiTokenId, string? TokenName)
{
    public static PlanAuthor Person(Guid personId) => new(personId, null, null);

    public static PlanAuthor Token(Guid tokenId, string name) => new(null, tokenId, name);
}
