using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>
/// A change to one item of a plan's document: <see cref="Apply"/> gives the next document, or null when the plan has no
/// item with that id. <see cref="List"/> and <see cref="ItemId"/> find the item, so the validator's problems with it
/// point at the mutation's input fields.
/// </summary>
public sealed record PlanItemChange(string List, Guid ItemId, Func<PlanDocument, PlanDocument?> Apply, Func<PlanDocument, int>? IndexIn)
{
    /// <summary>The item's place in the validator's words (<c>goals[2]</c>), or null when the change removed it.</summary>
    public string? PathIn(PlanDocument document) => IndexIn?.Invoke(document) is >= 0 and var index ? $"{List}[{index}]" : null;
}
