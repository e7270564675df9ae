using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

/// <summary>The numbers and lists a requirement is checked against; each kind reads the ones it names.</summary>
public sealed record RequirementParameters
{
    public static RequirementParameters None { get; } = new();

    public int? Minimum { get; init; }
    public CourseKind? CourseKind { get; init; }
    public ValueList<HourKind> HourKinds { get; init; } = [];
    public decimal? TargetHours { get; init; }
    public decimal? MinimumHours { get; init; }
    public decimal? MaximumHours { get; init; }

    /// <summary>A fixed deadline for the hours.</summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>A deadline counted from the plan's start, so one template serves every cohort.</summary>
    public int? DueMonthsAfterStart { get; init; }

    public ValueList<ArtefactDefinition> Artefacts { get; init; } = [];
    public decimal? MinimumPercentage { get; init; }
    public int? ExpiryWarningDays { get; init; }
    public ValueList<Prerequisite> Prerequisites { get; init; } = [];

    /// <summary>The key of the institution's self-paced module a <see cref="RequirementKind.ModuleCompleted"/> requirement counts.</summary>
    public string? ModuleKey { get; init; }
}
