using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed class ProviderCourseType : ObjectGraphType<ProviderCourse>
{
    public ProviderCourseType()
    {
        Name = "ProviderCourse";
        Description = "A course the provider offers: modality, hours, cost and the credential with its recognition.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The course's id within its provider.").Resolve(context => context.Source.Id);
        Field(c => c.Title);
        Field<NonNullGraphType<CourseModalityType>>("modality").Resolve(context => context.Source.Modality);
        Field(c => c.Hours);
        Field(c => c.Cost);
        Field(c => c.Credential);
        Field(c => c.Recognition);
    }
}
