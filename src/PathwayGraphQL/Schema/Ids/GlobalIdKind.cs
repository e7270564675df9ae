namespace LtiPathways.PathwayGraphQL.Schema.Ids;

/// <summary>The kinds of thing the API gives an id; each one's short tag starts the id, so <c>node(id:)</c> knows where to look.</summary>
public enum GlobalIdKind
{
    Course,
    Person,
    Institution,
    Plan,
    Assignment,
    Submission,
    Rubric,
    Assessment,
    Provider,
    Module,
    Reel,
}
