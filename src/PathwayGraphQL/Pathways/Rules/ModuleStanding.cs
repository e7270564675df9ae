namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>
/// Where a student stands in one self-paced module: steps done of all, the next step to open, whether a practical task
/// waits for its mark, and the day every step was done.
/// </summary>
public sealed record ModuleStanding(string Key, string Title, int Done, int Total, string? NextStep, bool WaitingForMark, DateOnly? CompletedOn)
{
    public bool Completed => CompletedOn is not null;
}
