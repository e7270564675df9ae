using System.Globalization;
using LtiPathways.LtiTool.Shared;
using LtiPathways.Rubrics;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>
/// Turns a draft into the engine's version. Only what the form itself must know is checked here (a number is a number,
/// a title is given); every rule about rubrics is the engine's, through <see cref="RubricVersionRules"/>.
/// The version is always built, unreadable numbers as 0, so the scoring preview can show what does read.
/// </summary>
public sealed class DraftVersion
{
    private readonly IStringLocalizer<RubricEditorText> text;
    private readonly List<FormError> errors = [];

    private DraftVersion(IStringLocalizer<RubricEditorText> text) => this.text = text;

    public RubricVersion Version { get; private set; } = default!;

    /// <summary>The form's own problems, else the engine's, each beside its field; empty when the version may be saved.</summary>
    public IReadOnlyList<FormError> Errors => errors;

    public static DraftVersion Read(RubricDraft draft, int number, DateTimeOffset createdAt, IStringLocalizer<RubricEditorText> text)
    {
        var reading = new DraftVersion(text);
        reading.Build(draft, number, createdAt);
        return reading;
    }

    private void Build(RubricDraft draft, int number, DateTimeOffset createdAt)
    {
        if (draft.Title.Length == 0)
        {
            errors.Add(new(RubricFields.Title, text["Error.Title"]));
        }
        var criteria = draft.Criteria.Select(Criterion).ToValueList();
        var boundaries = draft.Boundaries.Select((b, g) => b.Length == 0 ? null : Decimal(b, RubricFields.Boundary(g + 1)) is { } min ? new GradeBoundary(g + 1, min) : null)
            .OfType<GradeBoundary>().ToValueList();
        Version = new RubricVersion(number, createdAt, draft.Kind, criteria, boundaries);
        // The engine's rules as well, except on a field whose typing is already wrong (an unreadable number counted as 0).
        var typed = errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(RubricVersionRules.Check(Version).Select(p => ProblemFields.Place(draft, p)).Where(e => !typed.Contains(e.Field)));
    }

    private Criterion Criterion(CriterionDraft c, int i) => c.Shape switch
    {
        CriterionShape.PointsEntered => new FreeFormCriterion(c.Id, c.Title, c.Description,
            Decimal(c.Maximum, RubricFields.Criterion(i, "maximum")) ?? 0m, Decimal(c.Weight, RubricFields.Criterion(i, "weight")) ?? 1m),
        CriterionShape.SinglePoint => new SinglePointCriterion(c.Id, c.Title, c.Description, SinglePoints(c, i)),
        CriterionShape.Markbands => new MarkbandCriterion(c.Id, c.Title, c.Description,
            c.Rows.Select((r, j) => new Markband(r.Id, Whole(r.From, RubricFields.Row(i, j, "from")), Whole(r.Points, RubricFields.Row(i, j, "points")), r.Description)).ToValueList()),
        _ => new LevelCriterion(c.Id, c.Title, c.Description,
            c.Rows.Select((r, j) => new Level(r.Id, r.Title, r.Description, Decimal(r.Points, RubricFields.Row(i, j, "points")) ?? 0m,
                r.From.Length == 0 ? null : Decimal(r.From, RubricFields.Row(i, j, "from")))).ToValueList(),
            Decimal(c.Weight, RubricFields.Criterion(i, "weight")) ?? 1m),
    };

    private SinglePointPoints? SinglePoints(CriterionDraft c, int i)
    {
        string[] given = [c.Concerns, c.Meets, c.Exceeds];
        if (given.All(g => g.Length == 0))
        {
            return null;
        }
        if (given.Any(g => g.Length == 0))
        {
            errors.Add(new(RubricFields.Criterion(i, "concerns"), text["Error.SinglePointAll"]));
            return null;
        }
        return new SinglePointPoints(Decimal(c.Concerns, RubricFields.Criterion(i, "concerns")) ?? 0m,
            Decimal(c.Meets, RubricFields.Criterion(i, "meets")) ?? 0m, Decimal(c.Exceeds, RubricFields.Criterion(i, "exceeds")) ?? 0m);
    }

    private decimal? Decimal(string typed, string field)
    {
        if (decimal.TryParse(typed, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(new(field, text["Error.Number"]));
        return null;
    }

    private int Whole(string typed, string field)
    {
        if (int.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(new(field, text["Error.WholeNumber"]));
        return 0;
    }
}
