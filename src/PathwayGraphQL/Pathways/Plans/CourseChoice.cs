namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>A DP subject or a CTE course the student takes, placed in a grade year.</summary>
public sealed record CourseChoice(Guid Id, CourseKind Kind, string Subject, CourseLevel Level, int GradeYear) : IPlanItem
{
    /// <summary>"Biology HL", "Principles of Health Science".</summary>
    public string Title => Level switch
    {
        CourseLevel.Higher => $"{Subject} HL",
        CourseLevel.Standard => $"{Subject} SL",
        _ => Subject,
    };
}
