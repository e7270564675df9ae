namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>What the hours were spent on; templates sum hours by kind.</summary>
public enum HourKind
{
    /// <summary>Personal and Professional Skills, guided learning (CP core).</summary>
    PpsGuided,

    /// <summary>Community Engagement (CP core; formerly Service Learning).</summary>
    CommunityEngagement,

    /// <summary>A Reflective Project supervision session (CP core).</summary>
    RpSupervision,

    /// <summary>Language and Cultural Studies (CP core; formerly Language Development).</summary>
    LanguageAndCulturalStudies,

    JobShadow,
    Internship,
    Apprenticeship,
    Other,
}
