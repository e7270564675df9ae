namespace LtiPathways.Rubrics;

/// <summary>Resolves double marking into the one final mark that is passed back.</summary>
public static class Moderation
{
    public static Validated<ModerationOutcome> Resolve(
        RubricVersion version, MarkerMarks markerA, MarkerMarks markerB, ModerationDecision decision, decimal scoreMaximum)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(decision.DecidedBy))
        {
            problems.Add(new("A moderation decision needs the name of the person who made it.", "decidedBy"));
        }
        var a = RubricScorer.Score(version, markerA.Selections, scoreMaximum);
        var b = RubricScorer.Score(version, markerB.Selections, scoreMaximum);
        problems.AddRange(a.Problems.Select(p => p with { Message = $"{markerA.MarkerId}: {p.Message}" }));
        problems.AddRange(b.Problems.Select(p => p with { Message = $"{markerB.MarkerId}: {p.Message}" }));
        if (problems.Count > 0)
        {
            return Validated<ModerationOutcome>.Invalid(problems);
        }
        var (selections, final) = decision.Choice switch
        {
            ModerationChoice.PickA => (markerA.Selections, a),
            ModerationChoice.PickB => (markerB.Selections, b),
            ModerationChoice.Own when decision.Own is { } own => (own, RubricScorer.Score(version, own, scoreMaximum)),
            ModerationChoice.Own => (null, Validated<ScoreResult>.Invalid([new("Choosing your own mark needs your selections.", "own")])),
            _ => (null, Average(version, a.Value!, b.Value!, scoreMaximum)),
        };
        if (!final.IsValid)
        {
            return Validated<ModerationOutcome>.Invalid(final.Problems);
        }
        var record = new ModerationRecord(markerA.MarkerId, markerB.MarkerId, a.Value!.Total, b.Value!.Total, decision, final.Value!.Total);
        return Validated<ModerationOutcome>.Valid(new(selections, final.Value, record));
    }

    /// <summary>Averages each criterion exactly (halves stay halves); the rounding rule applies only to the LMS points.</summary>
    private static Validated<ScoreResult> Average(RubricVersion version, ScoreResult a, ScoreResult b, decimal scoreMaximum)
    {
        if (!a.IsComplete || !b.IsComplete)
        {
            return Validated<ScoreResult>.Invalid([new("Both markers must mark every criterion before their marks can be averaged.")]);
        }
        var criteria = a.Criteria.Zip(b.Criteria).Select(p => p.First with
        {
            Points = (p.First.Points + p.Second.Points) / 2m,
            LevelKey = p.First.LevelKey == p.Second.LevelKey ? p.First.LevelKey : null,
            Comment = null,
        });
        return Validated<ScoreResult>.Valid(RubricScorer.Assemble(version, criteria, [], scoreMaximum));
    }
}
