namespace LtiPathways.PathwayGraphQL.Dashboards;

/// <summary>What the dashboard's risk filter narrows the students to.</summary>
public enum DashboardRisk
{
    /// <summary>A requirement at risk: the plan's worst status.</summary>
    AtRisk,

    /// <summary>Nothing yet towards some requirement, and nothing at risk.</summary>
    Missing,

    OnTrack,

    /// <summary>Every requirement met or waived.</summary>
    Complete,

    /// <summary>An hour target the student's pace so far reaches only after its deadline.</summary>
    BehindPace,

    OverdueMilestones,

    /// <summary>A certification that stops counting within 90 days.</summary>
    CertificationExpiring,
}
