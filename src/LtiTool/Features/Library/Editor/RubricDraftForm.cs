using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>Reads the posted editor form back into a draft, in the order the criteria and rows were drawn.</summary>
public static class RubricDraftForm
{
    // A bound on what one post may ask the server to draw; far above any real rubric.
    public const int MaxCriteria = 60;
    public const int MaxRows = 20;

    public static RubricDraft Read(IFormCollection form)
    {
        var kind = Enum.TryParse<RubricKind>(form[RubricFields.Kind], out var k) && Enum.IsDefined(k) ? k : RubricKind.Analytic;
        var criteria = new List<CriterionDraft>();
        for (var i = 0; i < MaxCriteria && form.ContainsKey(RubricFields.Criterion(i, "id")); i++)
        {
            criteria.Add(ReadCriterion(form, i));
        }
        var boundaries = Enumerable.Range(1, RubricDraft.Grades).Select(g => Text(form, RubricFields.Boundary(g))).ToList();
        return new RubricDraft(Text(form, RubricFields.Title), kind, criteria, boundaries);
    }

    private static CriterionDraft ReadCriterion(IFormCollection form, int i)
    {
        var rows = new List<RowDraft>();
        for (var j = 0; j < MaxRows && form.ContainsKey(RubricFields.Row(i, j, "id")); j++)
        {
            rows.Add(new RowDraft(Text(form, RubricFields.Row(i, j, "id")), Text(form, RubricFields.Row(i, j, "title")),
                Text(form, RubricFields.Row(i, j, "description")), Text(form, RubricFields.Row(i, j, "points")), Text(form, RubricFields.Row(i, j, "from"))));
        }
        var shape = Enum.TryParse<CriterionShape>(form[RubricFields.Criterion(i, "shape")], out var s) && Enum.IsDefined(s) ? s : CriterionShape.Levels;
        return new CriterionDraft(
            Text(form, RubricFields.Criterion(i, "id")), shape, Text(form, RubricFields.Criterion(i, "title")),
            Text(form, RubricFields.Criterion(i, "description")), Text(form, RubricFields.Criterion(i, "weight")),
            Text(form, RubricFields.Criterion(i, "maximum")), rows, Text(form, RubricFields.Criterion(i, "concerns")),
            Text(form, RubricFields.Criterion(i, "meets")), Text(form, RubricFields.Criterion(i, "exceeds")));
    }

    private static string Text(IFormCollection form, string name) => form[name].ToString().Trim();
}
