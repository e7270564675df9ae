using LtiPathways.PathwayGraphQL.Mentoring;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

/// <summary>A mentor of one student: from the LMS, assigned in the tool, or outside with signed links (never their tokens).</summary>
public sealed record MentorRow(
    Guid PersonId, string Name, MentorKind Kind, string? Email, string? Organisation, int StudentsAssigned, IReadOnlyList<MentorLinkRow> Links);
