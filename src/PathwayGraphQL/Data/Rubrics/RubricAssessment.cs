namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

/// <summary>
/// One marking of one student's work against one rubric version. <see cref="Version"/> changes on every save,
/// so a save based on an older one is a conflict, never a silent overwrite.
/// </summary>
public class RubricAssessment
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AssignmentId { get; set; }
    public Guid StudentUserId { get; set; }
    public AssessmentKind Kind { get; set; }

    /// <summary>
    /// Guid.Empty for the course's shared markings (teacher, second marker, moderated), which any teacher may continue;
    /// the assessing student's id for self and peer assessments. Part of the unique key, so never null.
    /// </summary>
    public Guid AssessorKey { get; set; }

    /// <summary>Who saved it last.</summary>
    public Guid MarkerUserId { get; set; }

    public Guid RubricId { get; set; }
    public int RubricVersionNumber { get; set; }

    /// <summary>The selections as SelectionsJson, criterion comments included.</summary>
    public string SelectionsJson { get; set; } = "{\"items\":[]}";

    public string OverallComment { get; set; } = "";

    /// <summary>A moderated average is not a selection on the rubric: its exact total is kept here instead.</summary>
    public decimal? AveragedTotal { get; set; }

    public AssessmentStatus Status { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public DateTime UpdatedAt { get; set; }
    public DateTime? ReleasedAt { get; set; }
}
