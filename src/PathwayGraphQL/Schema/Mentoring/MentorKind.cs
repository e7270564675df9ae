namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

public enum MentorKind
{
    /// <summary>Named by the LMS in a launch (the LTI Mentor role).</summary>
    Lms,

    /// <summary>A person of the LMS an advisor or coordinator assigned in the tool.</summary>
    Assigned,

    /// <summary>A mentor without an LMS account, reached by a signed link.</summary>
    Outside,
}
