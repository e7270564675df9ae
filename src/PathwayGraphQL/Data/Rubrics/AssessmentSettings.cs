namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

/// <summary>How an assignment is assessed with a rubric: which rubric and version new work uses, and the optional ways of marking.</summary>
public class AssessmentSettings
{
    public Guid AssignmentId { get; set; }
    public Guid RubricId { get; set; }

    /// <summary>The version new assessments start on; existing assessments keep their own.</summary>
    public int VersionNumber { get; set; }

    public bool ShowRubricToStudents { get; set; } = true;
    public bool DoubleMarking { get; set; }
    public bool SelfAssessment { get; set; }
    public bool PeerAssessment { get; set; }

    /// <summary>How many classmates each student reviews when peer assessment is on.</summary>
    public int PeerReviewCount { get; set; } = 1;

    /// <summary>The teacher chosen as second marker under double marking; null lets any teacher of the course second-mark.</summary>
    public Guid? SecondMarkerUserId { get; set; }
}
