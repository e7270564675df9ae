using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>
/// A student's module work as their advisor, coordinator or mentor reads it, and an advisor or coordinator marking a
/// handed-in practical task with the step's shipped rubric, scored by the rubric engine's own scorer.
/// </summary>
public sealed class ModuleMarking(PathwaysDbContext db, ModuleEnrolments enrolments)
{
    public async Task<Outcome<(Guid ModuleId, StudentModule Module, PlanCapacity Capacity)>> OpenAsync(
        Viewer viewer, Guid studentUserId, string key, CancellationToken cancellationToken = default)
    {
        var capacity = await PlanAccess.CapacityAsync(db, viewer, studentUserId, cancellationToken);
        if (capacity is null)
        {
            return ModuleAccess.NoSuchStudent;
        }
        var found = await ModuleAccess.FindAsync(db, viewer, key, cancellationToken);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }
        var module = await enrolments.OfAsync(found.Value.Id, found.Value.Module, studentUserId, cancellationToken);
        return module.Succeeded ? (found.Value.Id, module.Value, capacity.Value) : module.Refusal;
    }

    /// <summary>The rubric a practical step is marked with.</summary>
    public static RubricTemplate RubricOf(PracticalStep step) =>
        RubricTemplates.Find(step.RubricKey) ?? throw new InvalidOperationException($"Module rules keep rubric keys known; {step.RubricKey} is not.");

    /// <summary>Each criterion of the step's rubric with the level the mark chose, in the rubric's order.</summary>
    public static IReadOnlyList<(LevelCriterion Criterion, Level? Level)> Choices(PracticalStep step, TaskMark mark)
    {
        var chosen = SelectionsJson.Read(mark.SelectionsJson).Value?.Items.OfType<LevelSelection>().ToDictionary(s => s.CriterionId, s => s.LevelId) ?? [];
        return [.. RubricOf(step).Version.Criteria.OfType<LevelCriterion>().Select(c => (c, chosen.TryGetValue(c.Id, out var level) ? c.FindLevel(level) : null))];
    }

    /// <summary>The chosen level of each criterion (criterion id → level id).</summary>
    public async Task<Outcome<TaskMark>> MarkAsync(
        Viewer viewer, Guid studentUserId, string key, string stepId, IReadOnlyDictionary<string, string> levels, string comment,
        CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(viewer, studentUserId, key, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var (moduleId, module, capacity) = opened.Value;
        if (capacity is not (PlanCapacity.Advisor or PlanCapacity.Coordinator))
        {
            return Refusal.Forbidden("Practical tasks are marked by the student's advisor or a coordinator.");
        }
        if (module.Step(stepId) is not PracticalStep step)
        {
            return Refusal.NotFound($"{module.Module.Title} has no such practical task.");
        }
        if (module.Progress.Work.HandInAt(step.Id) is null)
        {
            return Refusal.Conflict($"{module.StudentName} has not handed in \u201c{step.Title}\u201d yet, so there is nothing to mark.");
        }
        var rubric = RubricOf(step).Version;
        var missing = rubric.Criteria.OfType<LevelCriterion>().FirstOrDefault(c => !levels.TryGetValue(c.Id, out var level) || c.FindLevel(level) is null);
        if (missing is not null)
        {
            return Refusal.Invalid([new Problem($"Choose a level for \u201c{missing.Title}\u201d.", missing.Id)]);
        }
        if (comment.Trim().Length > 2000)
        {
            return Refusal.Invalid([new Problem("Keep the comment to 2,000 characters.", "comment")]);
        }
        var selections = new Selections(rubric.Criteria.Select(c => (Selection)new LevelSelection(c.Id, levels[c.Id])).ToValueList());
        if (RubricScorer.Score(rubric, selections, 100m).Value is not { IsComplete: true, Percentage: { } percentage } score)
        {
            return Refusal.Invalid("Choose a level for every criterion.");
        }
        var marker = await db.Users.Where(u => u.Id == viewer.PersonId).Select(u => u.Name).SingleAsync(cancellationToken);
        var mark = new TaskMark(step.Id, SelectionsJson.Write(selections), score.Total, score.Maximum, percentage, percentage >= step.PassPercentage,
            comment.Trim(), marker, enrolments.Now);
        var saved = await enrolments.SaveAsync(moduleId, module, module.Progress.Work with { Marks = [.. module.Progress.Work.Marks, mark] }, cancellationToken);
        return saved.Succeeded ? mark : saved.Refusal;
    }
}
