namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

public enum MentorSignOffKind
{
    Hours,
    Milestone,
}
