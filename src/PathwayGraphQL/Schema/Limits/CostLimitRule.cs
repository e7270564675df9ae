using System.Globalization;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace LtiPathways.PathwayGraphQL.Schema.Limits;

/// <summary>
/// Depth and cost computed before execution by GraphQL.NET's analyzer: each field costs 1, times the page sizes above it
/// (<c>first</c>, or the default page size). A query over either limit is refused with the computed figures.
/// </summary>
public sealed class CostLimitRule(GraphQLOptions limits) : ComplexityValidationRule(new ComplexityOptions
{
    MaxDepth = limits.MaxDepth,
    MaxComplexity = limits.MaxCost,
    DefaultListImpactMultiplier = limits.DefaultPageSize,
})
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (totalComplexity > limits.MaxCost || maxDepth > limits.MaxDepth)
        {
            context.ReportError(new ValidationError(string.Create(CultureInfo.InvariantCulture,
                $"This query's computed cost is {totalComplexity:0} and its depth {maxDepth}; the limits are cost {limits.MaxCost} and depth {limits.MaxDepth}. Ask for smaller pages or fewer nested fields."))
            {
                Code = "QUERY_TOO_COSTLY",
            });
        }

        return ValueTask.CompletedTask;
    }
}
