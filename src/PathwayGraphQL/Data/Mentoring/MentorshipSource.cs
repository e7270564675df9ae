namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

/// <summary>Where a mentorship comes from, which decides who may end it.</summary>
public enum MentorshipSource
{
    /// <summary>The platform's <c>role_scope_mentor</c> launch claim; the next launch's claim may end it.</summary>
    LtiClaim,

    /// <summary>Set up in LtiPathways (pathway planning); launches never remove it.</summary>
    Manual,

    /// <summary>An outside mentor (<see cref="OutsideMentor"/>) assigned by an advisor or coordinator; reached by a signed link.</summary>
    Outside,
}
