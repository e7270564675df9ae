using GraphQL.Types;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Assessments;

public sealed class CriterionScoreType : ObjectGraphType<CriterionScore>
{
    public CriterionScoreType()
    {
        Name = "CriterionScore";
        Description = "The mark of one criterion.";
        Field(s => s.CriterionId).Description("The criterion's id in the rubric version.");
        Field(s => s.LevelKey, nullable: true).Description("The level, band or outcome chosen.");
        Field(s => s.Points).Description("Points given, weight included.");
        Field(s => s.MaximumPoints);
        Field(s => s.Comment, nullable: true);
    }
}
