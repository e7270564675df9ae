using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Submissions;

public sealed class SubmissionFileType : ObjectGraphType<SubmissionFileNode>
{
    public SubmissionFileType()
    {
        Name = "SubmissionFile";
        Description = "A file of a submission: as handed in, or a copy made for players.";
        Field<NonNullGraphType<SubmissionFileRoleType>>("role").Resolve(context => context.Source.Role);
        Field<NonNullGraphType<SubmissionPartType>>("part").Resolve(context => context.Source.Part);
        Field(f => f.Name).Description("The name it was uploaded with; empty for recordings.");
        Field(f => f.MediaType).Description("The type found in the file's first bytes.");
        Field<NonNullGraphType<LongGraphType>>("size").Description("In bytes.").Resolve(context => context.Source.Size);
        Field(f => f.DurationSeconds, nullable: true).Description("For recordings.");
        Field<NonNullGraphType<MediaLinkType>>("link")
            .Description("A signed link that opens the file without a session, for a short while; ask again for a fresh one.")
            .Resolve(context => context.RequestServices!.GetRequiredService<ISubmissionMediaLinks>().For(context.Source.Id));
    }
}
