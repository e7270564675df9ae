namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

public enum MentorLinkStatus
{
    Active,
    Expired,
    Revoked,
}
