using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.People;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.PathwayGraphQL.Schema.Submissions;

/// <summary>"SubmissionNodeType" because <c>SubmissionType</c> already names a kind of work in the core.</summary>
public sealed class SubmissionNodeType : ObjectGraphType<SubmissionNode>
{
    public SubmissionNodeType(GlobalIds ids)
    {
        Name = "Submission";
        Description = "One attempt of one student at an assignment: a draft, handed in, or withdrawn.";
        Interface<NodeInterface>();
        IsTypeOf = source => source is SubmissionNode;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => ids.Encode(GlobalIdKind.Submission, context.Source.Id));
        Field<NonNullGraphType<PersonType>>("student").Resolve(context => context.Source.Student);
        Field<NonNullGraphType<SubmissionStateType>>("state").Resolve(context => context.Source.Status);
        Field(s => s.Attempt).Description("1 for the first attempt; each change after handing in starts the next.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubmissionPartType>>>>("parts")
            .Description("The parts with content, in the order the pages show them.")
            .Resolve(context => SubmissionParts.Of(context.Source.HasEssay, context.Source.HasLink,
                context.Source.Files.Where(f => f.Role == SubmissionFileRole.Original).Select(f => f.Part)));
        Field(s => s.WordCount).Description("Words in the essay part.");
        Field(s => s.IsLate).Description("Handed in after the due date that applied to the student.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(context => Utc.Of(context.Source.CreatedAt));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(context => Utc.Of(context.Source.UpdatedAt));
        Field<DateTimeOffsetGraphType>("submittedAt").Resolve(context => Utc.Of(context.Source.SubmittedAt));
        Field<DateTimeOffsetGraphType>("withdrawnAt").Resolve(context => Utc.Of(context.Source.WithdrawnAt));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubmissionFileType>>>>("files")
            .Description("Uploaded and recorded files, and the playback copies made of them.")
            .Resolve(context => context.Source.Files);
    }
}
