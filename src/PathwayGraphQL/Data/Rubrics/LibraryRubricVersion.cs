namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

/// <summary>
/// One immutable version of a library rubric, stored as our rubric JSON (RubricJson, holding just this version)
/// so the domain's reader and rules stay the one source of truth for what a version means.
/// </summary>
public class LibraryRubricVersion
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RubricId { get; set; }
    public int Number { get; set; }
    public required string Json { get; set; }
    public DateTime CreatedAt { get; set; }
}
