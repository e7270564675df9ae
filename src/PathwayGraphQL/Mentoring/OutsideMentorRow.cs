using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Mentoring;

public sealed record OutsideMentorRow(Guid MentorId, string Name, string Email, string Organisation, ValueList<MentorLinkRow> Links);
