using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

public sealed class ReflectionType : ObjectGraphType<Reflection>
{
    public ReflectionType()
    {
        Name = "Reflection";
        Description = "A reflection or learning-journal entry: written text, or a recording handed in as a submission.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The entry's id within its plan.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<ReflectionKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<DateOnlyGraphType>>("writtenOn").Resolve(context => context.Source.WrittenOn);
        Field(r => r.Text, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("hasRecording").Resolve(context => context.Source.RecordingFileId is not null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("requirementKeys")
            .Description("The requirements it reflects on.").Resolve(context => context.Source.RequirementKeys);
    }
}
