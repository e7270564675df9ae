using LtiPathways.PathwayGraphQL.Mentoring;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

/// <summary>One plan's mentoring, with how much of it the caller may read (<see cref="Reach"/>).</summary>
public sealed record PlanMentoring(MentoringReach Reach, IReadOnlyList<MentorRow> Mentors, IReadOnlyList<MentorNoteRow> Notes, IReadOnlyList<LinkUseRow> Uses);
