using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Mentoring;

/// <summary>
/// One student's mentors as their advisor or coordinator sees them: LMS mentors, outside mentors with their links and
/// every use of those links, the mentors' notes, and the course's people who could be assigned as mentor.
/// </summary>
public sealed record StudentMentorsView(
    Guid PlanId, Guid StudentUserId, string StudentName,
    ValueList<InternalMentorRow> Internal, ValueList<OutsideMentorRow> Outside, ValueList<LinkUseRow> Uses,
    ValueList<MentorNoteRow> Notes, ValueList<MentorCandidate> Candidates);
