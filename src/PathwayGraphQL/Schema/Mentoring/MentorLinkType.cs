using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Mentoring;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

public sealed class MentorLinkType : ObjectGraphType<MentorLinkRow>
{
    public MentorLinkType()
    {
        Name = "SignedLink";
        Description = "A signed link as the school keeps it: when it was made, until when it works, whether it was revoked. Its token is shown once when made and never stored.";
        Field<NonNullGraphType<MentorLinkStatusType>>("status").Resolve(context => Status(context.Source));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(context => Utc.Of(context.Source.CreatedAt));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt").Resolve(context => Utc.Of(context.Source.ExpiresAt));
        Field<DateTimeOffsetGraphType>("revokedAt").Resolve(context => context.Source.RevokedAt is { } at ? Utc.Of(at) : null);
    }

    public static MentorLinkStatus Status(MentorLinkRow link) =>
        link.IsOpen ? MentorLinkStatus.Active : link.RevokedAt is null ? MentorLinkStatus.Expired : MentorLinkStatus.Revoked;
}
