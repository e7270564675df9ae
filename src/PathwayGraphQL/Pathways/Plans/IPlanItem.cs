namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>An entry of one of a plan's lists: its id stays the same through every version, so it can be edited, removed and diffed.</summary>
public interface IPlanItem
{
    Guid Id { get; }
}
