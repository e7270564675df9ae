using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Reels;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Reels;

/// <summary>
/// What a student may put on their reel: the work <see cref="EvidenceChoices"/> lets them link to their plan (handed-in
/// submissions, released rubric assessments) and the reflections of the plan's current version. Nothing else is accepted.
/// </summary>
public sealed class ReelChoices(PathwaysDbContext db, EvidenceChoices evidence)
{
    public async Task<Outcome<ValueList<ReelChoice>>> OfAsync(Viewer viewer, Guid planId, CancellationToken cancellationToken = default)
    {
        var opened = await ReelAccess.ToArrangeAsync(db, viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var plan = opened.Value;
        var work = (await evidence.ForPlanAsync(viewer, plan.Id, cancellationToken)).Value ?? [];
        var document = (await PlanVersions.SnapshotAsync(db, plan, plan.CurrentVersion, cancellationToken)).Document;
        return work.Select(e => new ReelChoice(e.Source == EvidenceSource.Submission ? ReelSlideSource.Submission : ReelSlideSource.RubricAssessment, e.SourceId, e.Title))
            .Concat(document.Reflections.OrderByDescending(r => r.WrittenOn).Select(r => new ReelChoice(ReelSlideSource.Reflection, r.Id, Title(r))))
            .ToValueList();
    }

    public static string Title(Reflection reflection)
    {
        var kind = reflection.Kind == ReflectionKind.LearningJournal ? "Learning journal" : "Reflection";
        var recorded = reflection.RecordingFileId is null ? "" : ", recorded";
        var text = reflection.Text is { Length: > 0 } t ? $": {(t.Length <= 60 ? t : t[..59] + "…")}" : "";
        return $"{kind} of {PlanDiff.Day(reflection.WrittenOn)}{recorded}{text}";
    }
}
