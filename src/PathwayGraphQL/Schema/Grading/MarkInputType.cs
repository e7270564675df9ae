using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class MarkInputType : InputObjectGraphType<MarkInput>
{
    public MarkInputType()
    {
        Name = "MarkInput";
        Description = "One criterion's mark: a level (with points for a range), free points, a band and mark, or a single-point outcome.";
        Field<NonNullGraphType<StringGraphType>>("criterion").Description("The criterion's id in the rubric version.");
        Field<StringGraphType>("level").Description("A level's id.");
        Field<DecimalGraphType>("points").Description("Points within a range level, or of a criterion without levels.");
        Field<StringGraphType>("band").Description("A markband's id.");
        Field<IntGraphType>("mark").Description("The whole mark within the band.");
        Field<StringGraphType>("outcome").Description("concerns, meets or exceeds.");
        Field<StringGraphType>("comment");
    }
}
