namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

/// <summary>How much of a student's mentoring the caller reads, as the pages show it.</summary>
public enum MentoringReach
{
    /// <summary>The student's advisors, coordinators and the institution's API tokens: the page "Mentors and signed links".</summary>
    Keeper,

    /// <summary>A mentor of the student: their own notes, as their mentee page shows them.</summary>
    Mentor,

    /// <summary>The student, or anyone else who sees the plan: the sign-offs the plan shows.</summary>
    Student,
}
