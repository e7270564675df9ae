namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

public enum MentorNoteKind
{
    Meeting,
    Progress,
}
