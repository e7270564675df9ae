using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.PathwayGraphQL.Schema.Submissions;

public sealed class MediaLinkType : ObjectGraphType<SignedMediaLink>
{
    public MediaLinkType()
    {
        Name = "MediaLink";
        Description = "A short-lived signed link to one file.";
        Field(l => l.Url);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("expiresAt").Resolve(context => context.Source.ExpiresAt);
    }
}
