using System.Globalization;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace LtiPathways.PathwayGraphQL.Schema.Limits;

/// <summary>Refuses a selection set wider than the limit (thousands of aliases of one field cost little each, but add up).</summary>
public sealed class BreadthLimitRule(int maxBreadth) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLSelectionSet>((selectionSet, validation) =>
        {
            if (selectionSet.Selections.Count > maxBreadth)
            {
                validation.ReportError(new ValidationError(
                    validation.Document.Source, "breadth", string.Create(CultureInfo.InvariantCulture,
                        $"A selection asks for {selectionSet.Selections.Count} fields at once; at most {maxBreadth} are allowed. Split the query."),
                    selectionSet) { Code = "QUERY_TOO_BROAD" });
            }
        }));
}
