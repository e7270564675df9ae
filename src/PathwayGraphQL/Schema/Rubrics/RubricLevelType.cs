using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Rubrics;

public sealed class RubricLevelType : ObjectGraphType<RubricLevel>
{
    public RubricLevelType()
    {
        Name = "RubricLevel";
        Description = "One step of a criterion's scale.";
        Field(l => l.Id).Description("As marks name it (a level, a band, or concerns/meets/exceeds).");
        Field(l => l.Title);
        Field(l => l.Description);
        Field(l => l.Points).Description("The points it gives, weight included; for a range or band, its top.");
        Field(l => l.MinimumPoints, nullable: true).Description("The bottom of a range or band.");
    }
}
