using LtiPathways.PathwayGraphQL.Data.Mentoring;

namespace LtiPathways.PathwayGraphQL.Mentoring;

public sealed record MentorNoteRow(DateOnly On, MentorNoteKind Kind, string Text, string Mentor, DateTime WrittenAt);
