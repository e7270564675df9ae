using System.Globalization;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>Drafts from a stored version, and the starting draft of a new rubric of each kind.</summary>
public static class RubricDrafts
{
    public static RubricDraft From(string title, RubricVersion version)
    {
        var boundaries = Enumerable.Range(1, RubricDraft.Grades)
            .Select(g => version.GradeBoundaries.FirstOrDefault(b => b.Grade == g) is { } b ? Number(b.MinimumTotal) : "").ToList();
        return new RubricDraft(title, version.Kind, [.. version.Criteria.Select(From)], boundaries);
    }

    public static RubricDraft Blank(RubricKind kind, string title = "") =>
        new(title, kind, [NewCriterion(kind, [], "c1")], RubricDraft.NoBoundaries);

    /// <summary>A new criterion of the kind's usual shape; a level criterion starts with the previous one's level titles and points.</summary>
    public static CriterionDraft NewCriterion(RubricKind kind, IReadOnlyList<CriterionDraft> existing, string id) => kind switch
    {
        RubricKind.SinglePoint => new(id, CriterionShape.SinglePoint, "", "", "1", "", []),
        RubricKind.IbMarkbands => new(id, CriterionShape.Markbands, "", "", "1", "",
            [.. new[] { (0, 0), (1, 2), (3, 4), (5, 6), (7, 8) }.Select((b, j) => new RowDraft($"{id}-b{j + 1}", "", "", $"{b.Item2}", $"{b.Item1}"))]),
        _ => new(id, CriterionShape.Levels, "", "", "1", "", LevelsLike(existing.LastOrDefault(c => c.Shape == CriterionShape.Levels), id)),
    };

    public static CriterionDraft PointsEntered(string id) => new(id, CriterionShape.PointsEntered, "", "", "1", "10", []);

    /// <summary>A new level below the last one, or the markband that follows on from the last band.</summary>
    public static RowDraft NewRow(CriterionDraft criterion, string id)
    {
        if (criterion.Shape == CriterionShape.Markbands)
        {
            var from = criterion.Rows.Count == 0 ? 0 : (int.TryParse(criterion.Rows[^1].Points, out var last) ? last + 1 : 0);
            return new RowDraft(id, "", "", $"{from + 1}", $"{from}");
        }
        return new RowDraft(id, "", "", "0", "");
    }

    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static IReadOnlyList<RowDraft> LevelsLike(CriterionDraft? previous, string id) => previous is { Rows.Count: > 0 }
        ? [.. previous.Rows.Select((r, j) => new RowDraft($"{id}-l{j + 1}", r.Title, "", r.Points, r.From))]
        : [new($"{id}-l1", "", "", "3", ""), new($"{id}-l2", "", "", "2", ""), new($"{id}-l3", "", "", "1", "")];

    private static CriterionDraft From(Criterion criterion) => criterion switch
    {
        LevelCriterion c => new(c.Id, CriterionShape.Levels, c.Title, c.Description, Number(c.Weight), "",
            [.. c.Levels.Select(l => new RowDraft(l.Id, l.Title, l.Description, Number(l.Points), l.MinimumPoints is { } m ? Number(m) : ""))]),
        FreeFormCriterion c => new(c.Id, CriterionShape.PointsEntered, c.Title, c.Description, Number(c.Weight), Number(c.MaximumEntered), []),
        SinglePointCriterion c => new(c.Id, CriterionShape.SinglePoint, c.Title, c.Description, "1", "", [],
            c.Points is { } p ? Number(p.Concerns) : "", c.Points is { } q ? Number(q.Meets) : "", c.Points is { } r ? Number(r.Exceeds) : ""),
        MarkbandCriterion c => new(c.Id, CriterionShape.Markbands, c.Title, c.Description, "1", "",
            [.. c.Bands.Select(b => new RowDraft(b.Id, "", b.Descriptor, $"{b.Maximum}", $"{b.Minimum}"))]),
        _ => throw new InvalidOperationException($"The editor cannot draw a {criterion.GetType().Name}."),
    };
}
