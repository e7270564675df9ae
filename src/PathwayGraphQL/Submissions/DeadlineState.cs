namespace LtiPathways.PathwayGraphQL.Submissions;

public enum DeadlineState
{
    OnTime,

    /// <summary>Past the due date, but the assignment still takes late work (and flags it).</summary>
    Late,

    Closed,
}
