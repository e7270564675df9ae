using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Shared;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>Places an engine problem beside the field it is about: its criterion id and part become the form's field id.</summary>
public static partial class ProblemFields
{
    public static FormError Place(RubricDraft draft, Problem problem) => new(FieldOf(draft, problem), problem.Message);

    private static string FieldOf(RubricDraft draft, Problem problem)
    {
        var index = draft.Criteria.ToList().FindIndex(c => c.Id == problem.Path);
        if (index < 0)
        {
            return problem.Path switch
            {
                "criteria" => RubricFields.AddCriterion,
                "gradeBoundaries" => RubricFields.Boundary(1),
                _ => RubricFields.Title,
            };
        }
        if (problem.Field is { } field && RowPart().Match(field) is { Success: true } row)
        {
            var part = row.Groups["part"].Value is "points" or "maximum" ? "points" : "from";
            return RubricFields.Row(index, int.Parse(row.Groups["row"].Value, System.Globalization.CultureInfo.InvariantCulture), part);
        }
        return problem.Field switch
        {
            "weight" => RubricFields.Criterion(index, "weight"),
            "maximumPoints" => RubricFields.Criterion(index, "maximum"),
            "points" => RubricFields.Criterion(index, "concerns"),
            "levels" or "bands" => RubricFields.AddRow(index),
            _ => RubricFields.Criterion(index, "title"),
        };
    }

    [GeneratedRegex(@"^(levels|bands)\[(?<row>\d+)\]\.(?<part>\w+)$")]
    private static partial Regex RowPart();
}
