namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

public enum CourseKind
{
    /// <summary>An IB Diploma Programme subject.</summary>
    DpSubject,

    /// <summary>A course in a CTE programme of study.</summary>
    CteCourse,
}
