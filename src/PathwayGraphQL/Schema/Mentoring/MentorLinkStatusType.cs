using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

public sealed class MentorLinkStatusType : EnumerationGraphType<MentorLinkStatus>
{
    public MentorLinkStatusType() => Name = "SignedLinkStatus";
}
