namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

/// <summary>What a requirement checks; its parameters say against what.</summary>
public enum RequirementKind
{
    /// <summary>One career-related study chosen.</summary>
    CareerRelatedStudy,

    /// <summary>At least <c>Minimum</c> courses of <c>CourseKind</c> (DP subjects).</summary>
    CourseCount,

    /// <summary>At least <c>Minimum</c> courses of <c>CourseKind</c>, each placed after its <c>Prerequisites</c>.</summary>
    CourseSequence,

    /// <summary>At least <c>Minimum</c> certifications still valid; one expiring within <c>ExpiryWarningDays</c> puts it at risk.</summary>
    Certifications,

    /// <summary>Hours of <c>HourKinds</c> summed against <c>TargetHours</c>, by a deadline when there is one, with a pace projection.</summary>
    HourTarget,

    /// <summary>Hours of <c>HourKinds</c> between <c>MinimumHours</c> and <c>MaximumHours</c> (Reflective Project supervision).</summary>
    HourRange,

    /// <summary>At least <c>Minimum</c> activities of <c>HourKinds</c> logged and as many reflections on them.</summary>
    ReflectedActivities,

    /// <summary>Every artefact in <c>Artefacts</c> completed.</summary>
    Artefacts,

    /// <summary>A released rubric assessment tagged as evidence scoring at least <c>MinimumPercentage</c>.</summary>
    GradeThreshold,

    /// <summary>A career cluster and a pathway in it chosen.</summary>
    CareerChoice,

    /// <summary>Every step of the institution's self-paced module <c>ModuleKey</c> done.</summary>
    ModuleCompleted,
}
