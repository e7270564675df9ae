namespace LtiPathways.Rubrics;

/// <summary>One marker's choices on one piece of work. Criteria without a selection are not scored yet.</summary>
public sealed record Selections(ValueList<Selection> Items, string? OverallComment = null)
{
    public static Selections None { get; } = new(ValueList<Selection>.Empty);

    public Selection? For(string criterionId) => Items.FirstOrDefault(s => s.CriterionId == criterionId);
}
