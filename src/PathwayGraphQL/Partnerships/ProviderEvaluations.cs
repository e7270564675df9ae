using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Partnerships;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>
/// A provider scored against the shipped "CRS provider evaluation" rubric with the rubric engine's own scorer; every
/// criterion needs a level, and the result is stored as a percentage of the rubric's maximum.
/// </summary>
public sealed class ProviderEvaluations(PathwaysDbContext db, TimeProvider clock)
{
    public static RubricTemplate Template => RubricTemplates.ProviderEvaluation;

    /// <summary>The chosen level of each criterion (criterion id → level id) and the evaluator's notes.</summary>
    public static IReadOnlyList<InputProblem> Problems(IReadOnlyDictionary<string, string> levels, string notes)
    {
        var problems = new List<InputProblem>();
        foreach (var criterion in Template.Version.Criteria.OfType<LevelCriterion>())
        {
            if (!levels.TryGetValue(criterion.Id, out var level) || criterion.FindLevel(level) is null)
            {
                problems.Add(new(criterion.Id, $"Choose a level for \"{criterion.Title}\"."));
            }
        }
        TextRules.Limit(problems, "notes", notes, "the notes", 4000);
        return problems;
    }

    public async Task<Outcome<ScoreResult>> EvaluateAsync(
        Viewer viewer, Guid providerId, IReadOnlyDictionary<string, string> levels, string notes, CancellationToken cancellationToken = default)
    {
        var opened = await PartnershipAccess.OpenAsync(db, viewer, providerId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        if (Problems(levels, notes) is [var first, ..])
        {
            return Refusal.Invalid(first.Sentence);
        }
        var selections = new Selections(Template.Version.Criteria.Select(c => (Selection)new LevelSelection(c.Id, levels[c.Id])).ToValueList());
        var scored = RubricScorer.Score(Template.Version, selections, 100m);
        if (scored.Value is not { IsComplete: true, Percentage: { } percentage } score)
        {
            return Refusal.Invalid(scored.Problems.FirstOrDefault()?.Message ?? "Choose a level for every criterion.");
        }
        db.ProviderEvaluations.Add(new ProviderEvaluation
        {
            ProviderId = providerId, TemplateKey = Template.Key, SelectionsJson = SelectionsJson.Write(selections),
            Total = score.Total, Maximum = score.Maximum, Percentage = percentage, Notes = notes.Trim(),
            EvaluatedByUserId = viewer.PersonId, EvaluatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return score;
    }
}
