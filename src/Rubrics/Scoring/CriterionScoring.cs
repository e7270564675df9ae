namespace LtiPathways.Rubrics;

/// <summary>Scores one selection against its criterion, or says in a sentence why it does not fit.</summary>
internal static class CriterionScoring
{
    public static (CriterionScore? Score, Problem? Problem) Score(Criterion criterion, Selection selection) =>
        (criterion, selection) switch
        {
            (LevelCriterion c, LevelSelection s) => ScoreLevel(c, s),
            (FreeFormCriterion c, PointsSelection s) => ScoreFreeForm(c, s),
            (SinglePointCriterion c, OutcomeSelection s) =>
                (new(c.Id, c.Points?.For(s.Outcome) ?? 0m, c.MaximumPoints, OutcomeKey(s.Outcome), s.Comment), null),
            (MarkbandCriterion c, MarkSelection s) => ScoreMark(c, s),
            _ => (null, Fail(criterion, $"'{criterion.Title}' is not marked that way; {Expected(criterion)}.")),
        };

    public static string OutcomeKey(SinglePointOutcome outcome) => outcome.ToString().ToLowerInvariant();

    private static (CriterionScore?, Problem?) ScoreLevel(LevelCriterion c, LevelSelection s)
    {
        if (c.FindLevel(s.LevelId) is not { } level)
        {
            return (null, Fail(c, $"'{c.Title}' has no level '{s.LevelId}'."));
        }
        if (level.MinimumPoints is not { } minimum)
        {
            return s.Points is { } given && given != level.Points
                ? (null, Fail(c, $"Level '{level.Title}' of '{c.Title}' is worth {level.Points} points, not {given}."))
                : (new(c.Id, level.Points * c.Weight, c.MaximumPoints, level.Id, s.Comment), null);
        }
        if (s.Points is not { } points)
        {
            return (null, Fail(c, $"Level '{level.Title}' of '{c.Title}' covers {minimum}–{level.Points} points; enter the points."));
        }
        return points < minimum || points > level.Points
            ? (null, Fail(c, $"{points} is outside level '{level.Title}' of '{c.Title}' ({minimum}–{level.Points})."))
            : (new(c.Id, points * c.Weight, c.MaximumPoints, level.Id, s.Comment), null);
    }

    private static (CriterionScore?, Problem?) ScoreFreeForm(FreeFormCriterion c, PointsSelection s) =>
        s.Points < 0m || s.Points > c.MaximumEntered
            ? (null, Fail(c, $"'{c.Title}' takes 0 to {c.MaximumEntered} points, not {s.Points}."))
            : (new(c.Id, s.Points * c.Weight, c.MaximumPoints, null, s.Comment), null);

    private static (CriterionScore?, Problem?) ScoreMark(MarkbandCriterion c, MarkSelection s)
    {
        if (c.FindBand(s.BandId) is not { } band)
        {
            return (null, Fail(c, $"'{c.Title}' has no markband '{s.BandId}'."));
        }
        return s.Mark < band.Minimum || s.Mark > band.Maximum
            ? (null, Fail(c, $"A mark of {s.Mark} is outside the {band.Minimum}–{band.Maximum} band of '{c.Title}'."))
            : (new(c.Id, s.Mark, c.MaximumPoints, band.Id, s.Comment), null);
    }

    private static string Expected(Criterion criterion) => criterion switch
    {
        LevelCriterion => "choose one of its levels",
        FreeFormCriterion => "enter points",
        SinglePointCriterion => "choose concerns, meets or exceeds",
        _ => "choose a markband and a mark within it",
    };

    private static Problem Fail(Criterion c, string message) => new(message, c.Id);
}
