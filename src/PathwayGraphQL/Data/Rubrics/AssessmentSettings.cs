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
}
