using System.Globalization;
using System.Text.RegularExpressions;

namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>
/// The editor's named actions (the value of the pressed "change" button): add, remove or move a criterion or a row,
/// or start again with another kind. Focus stays on the moved item, or goes to the item after the one removed.
/// </summary>
public static partial class RubricDraftChanges
{
    public static DraftChange? Apply(RubricDraft draft, string change)
    {
        if (change == "add-criterion" || change == "add-points-criterion")
        {
            if (draft.Criteria.Count >= RubricDraftForm.MaxCriteria)
            {
                return null;
            }
            var id = FreshId(draft.Criteria.Select(c => c.Id), "c");
            var added = change == "add-points-criterion" ? RubricDrafts.PointsEntered(id) : RubricDrafts.NewCriterion(draft.Kind, draft.Criteria, id);
            var criteria = draft.Criteria.Append(added).ToList();
            return new(draft with { Criteria = criteria }, RubricFields.Criterion(criteria.Count - 1, "title"), "Added.Criterion", "", "", criteria.Count, criteria.Count);
        }
        if (change == "kind")
        {
            return new(RubricDrafts.Blank(draft.Kind, draft.Title), RubricFields.Kind, "Changed.Kind");
        }
        if (Named().Match(change) is not { Success: true } m)
        {
            return null;
        }
        var verb = m.Groups["verb"].Value;
        var c = int.Parse(m.Groups["c"].Value, CultureInfo.InvariantCulture);
        if (c >= draft.Criteria.Count)
        {
            return null;
        }
        return m.Groups["r"].Success
            ? RowChange(draft, verb, c, int.Parse(m.Groups["r"].Value, CultureInfo.InvariantCulture))
            : CriterionChange(draft, verb, c);
    }

    private static DraftChange? CriterionChange(RubricDraft draft, string verb, int c)
    {
        var criteria = draft.Criteria.ToList();
        var criterion = criteria[c];
        switch (verb)
        {
            case "add":
                if (criterion.Shape is CriterionShape.PointsEntered or CriterionShape.SinglePoint || criterion.Rows.Count >= RubricDraftForm.MaxRows)
                {
                    return null;
                }
                var row = RubricDrafts.NewRow(criterion, FreshId(criterion.Rows.Select(r => r.Id), criterion.Id + (criterion.Shape == CriterionShape.Markbands ? "-b" : "-l")));
                criteria[c] = criterion with { Rows = [.. criterion.Rows, row] };
                return new(draft with { Criteria = criteria }, RubricFields.Row(c, criterion.Rows.Count, criterion.Shape == CriterionShape.Markbands ? "from" : "title"),
                    criterion.Shape == CriterionShape.Markbands ? "Added.Band" : "Added.Level", "", Name(criterion, c), criterion.Rows.Count + 1, criterion.Rows.Count + 1);
            case "remove":
                criteria.RemoveAt(c);
                var next = criteria.Count == 0 ? RubricFields.AddCriterion : RubricFields.Criterion(Math.Min(c, criteria.Count - 1), "title");
                return new(draft with { Criteria = criteria }, next, "Removed.Criterion", Name(criterion, c), "", c + 1, criteria.Count);
            default:
                var to = verb == "up" ? c - 1 : c + 1;
                if (to < 0 || to >= criteria.Count)
                {
                    return null;
                }
                (criteria[c], criteria[to]) = (criteria[to], criteria[c]);
                return new(draft with { Criteria = criteria }, MoveFocus(verb, to, criteria.Count, d => RubricFields.Move(d, to), RubricFields.Criterion(to, "title")),
                    "Moved.Criterion", Name(criterion, c), "", to + 1, criteria.Count);
        }
    }

    private static DraftChange? RowChange(RubricDraft draft, string verb, int c, int r)
    {
        var criteria = draft.Criteria.ToList();
        var criterion = criteria[c];
        var rows = criterion.Rows.ToList();
        if (r >= rows.Count || verb == "add")
        {
            return null;
        }
        var kind = criterion.Shape == CriterionShape.Markbands ? "Band" : "Level";
        var row = rows[r];
        var rowName = row.Title.Length > 0 ? row.Title : $"{r + 1}";
        if (verb == "remove")
        {
            rows.RemoveAt(r);
            criteria[c] = criterion with { Rows = rows };
            var next = rows.Count == 0 ? RubricFields.AddRow(c) : RubricFields.Row(c, Math.Min(r, rows.Count - 1), kind == "Band" ? "from" : "title");
            return new(draft with { Criteria = criteria }, next, "Removed." + kind, rowName, Name(criterion, c), r + 1, rows.Count);
        }
        var to = verb == "up" ? r - 1 : r + 1;
        if (to < 0 || to >= rows.Count)
        {
            return null;
        }
        (rows[r], rows[to]) = (rows[to], rows[r]);
        criteria[c] = criterion with { Rows = rows };
        return new(draft with { Criteria = criteria }, MoveFocus(verb, to, rows.Count, d => RubricFields.Move(d, c, to), RubricFields.Row(c, to, "points")),
            "Moved." + kind, rowName, Name(criterion, c), to + 1, rows.Count);
    }

    /// <summary>The same move button at the item's new place, or the other one once it reaches the end (a disabled button takes no focus).</summary>
    private static string MoveFocus(string verb, int to, int count, Func<string, string> button, string fallback) =>
        count < 2 ? fallback
        : verb == "up" ? button(to > 0 ? "up" : "down")
        : button(to < count - 1 ? "down" : "up");

    private static string Name(CriterionDraft criterion, int c) => criterion.Title.Length > 0 ? criterion.Title : $"{c + 1}";

    private static string FreshId(IEnumerable<string> taken, string prefix)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(1, int.MaxValue).Select(n => $"{prefix}{n}").First(id => !used.Contains(id));
    }

    [GeneratedRegex(@"^(?<verb>add|remove|up|down)-c(?<c>\d{1,3})(?:-r(?<r>\d{1,3}))?$")]
    private static partial Regex Named();
}
