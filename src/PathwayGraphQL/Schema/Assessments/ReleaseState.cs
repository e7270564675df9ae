namespace LtiPathways.PathwayGraphQL.Schema.Assessments;

public enum ReleaseState
{
    NotReleased,
    Released,

    /// <summary>Released once, then marked again; the student still sees the released marks until the next release.</summary>
    ChangedSinceRelease,
}
