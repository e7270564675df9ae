namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>Where a requirement stands, worst first, so ordering by it puts what needs attention on top.</summary>
public enum RequirementStatus
{
    /// <summary>Started, but it will not be met in time, or something in the plan breaks it.</summary>
    AtRisk,

    /// <summary>Nothing towards it yet.</summary>
    Missing,

    /// <summary>Not met yet, going the right way.</summary>
    OnTrack,

    Met,

    /// <summary>A coordinator decided it does not apply to this student.</summary>
    Waived,
}
