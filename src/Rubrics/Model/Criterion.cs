namespace LtiPathways.Rubrics;

/// <summary>One row of a rubric. The subtypes are the ways a criterion can be marked.</summary>
public abstract record Criterion(string Id, string Title, string Description)
{
    /// <summary>The most this criterion adds to the total, weight included.</summary>
    public abstract decimal MaximumPoints { get; }
}
