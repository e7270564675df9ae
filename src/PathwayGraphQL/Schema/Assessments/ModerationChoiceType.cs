using GraphQL.Types;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Assessments;

public sealed class ModerationChoiceType : EnumerationGraphType<ModerationChoice>
{
    public ModerationChoiceType() => Name = "ModerationChoice";
}
