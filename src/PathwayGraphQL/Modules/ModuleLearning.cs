using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>
/// A student working through a module at their own pace: reading, checking a quiz answer (nothing stored), trying the
/// quiz (every attempt kept) and handing in a practical task. Steps open in order; each change is saved at once, so
/// leaving and coming back resumes where the student was.
/// </summary>
public sealed class ModuleLearning(PathwaysDbContext db, ModuleEnrolments enrolments)
{
    public async Task<Outcome<StudentModule>> OpenAsync(Viewer viewer, string key, CancellationToken cancellationToken = default)
    {
        var found = await ModuleAccess.FindAsync(db, viewer, key, cancellationToken);
        return found.Succeeded ? await enrolments.OfAsync(found.Value.Id, found.Value.Module, viewer.PersonId, cancellationToken) : found.Refusal;
    }

    public Task<Outcome<StudentModule>> ReadAsync(Viewer viewer, string key, string stepId, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, key, stepId, (step, progress) => step is ReadingStep
            ? progress.Work.Read.Contains(step.Id) ? progress.Work : progress.Work with { Read = [.. progress.Work.Read, step.Id] }
            : Refusal.Invalid("This step is not a reading."), cancellationToken);

    /// <summary>Feedback on one answer while the quiz is being answered; the attempt is stored only when the quiz is handed in.</summary>
    public async Task<Outcome<AnswerFeedback>> CheckAsync(
        Viewer viewer, string key, string stepId, string questionId, IReadOnlyCollection<string> chosen, CancellationToken cancellationToken = default)
    {
        var opened = await OpenStepAsync(viewer, key, stepId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        if (opened.Value.Step is not QuizStep quiz)
        {
            return Refusal.Invalid("This step is not a quiz.");
        }
        var checkedAnswer = QuizMarking.Check(quiz, questionId, chosen);
        return checkedAnswer.Value is { } feedback ? feedback : Refusal.Invalid(checkedAnswer.Problems[0].Message);
    }

    public async Task<Outcome<(StudentModule Module, QuizResult Result)>> AttemptAsync(
        Viewer viewer, string key, string stepId, IReadOnlyDictionary<string, IReadOnlyCollection<string>> answers, CancellationToken cancellationToken = default)
    {
        QuizResult? result = null;
        var changed = await ChangeAsync(viewer, key, stepId, (step, progress) =>
        {
            if (step is not QuizStep quiz)
            {
                return Refusal.Invalid("This step is not a quiz.");
            }
            var marked = QuizMarking.Mark(quiz, answers);
            if (marked.Value is null)
            {
                return Refusal.Invalid(marked.Problems);
            }
            result = marked.Value;
            var attempt = new QuizAttempt(step.Id, progress.Work.AttemptsAt(step.Id).Count() + 1, enrolments.Now,
                quiz.Questions.Select(q => new QuizAnswer(q.Id, answers[q.Id].Distinct().ToValueList())).ToValueList(), result.Right, result.Questions, result.Passed);
            return progress.Work with { Attempts = [.. progress.Work.Attempts, attempt] };
        }, cancellationToken);
        return changed.Succeeded ? (changed.Value, result!) : changed.Refusal;
    }

    public Task<Outcome<StudentModule>> HandInAsync(Viewer viewer, string key, string stepId, string text, string? link, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, key, stepId, (step, progress) =>
        {
            if (step is not PracticalStep)
            {
                return Refusal.Invalid("This step is not a practical task.");
            }
            if (progress.StateOf(step) == StepState.Done)
            {
                return Refusal.Conflict("This task is marked and passed already.");
            }
            if (HandInRules.Problem(text, link) is { } problem)
            {
                return Refusal.Invalid([problem]);
            }
            return progress.Work with { HandIns = [.. progress.Work.HandIns, new HandIn(step.Id, text.Trim(), HandInRules.Link(link), enrolments.Now)] };
        }, cancellationToken);

    private async Task<Outcome<(Guid ModuleId, ModuleStep Step, StudentModule Module)>> OpenStepAsync(
        Viewer viewer, string key, string stepId, CancellationToken cancellationToken)
    {
        var found = await ModuleAccess.FindAsync(db, viewer, key, cancellationToken);
        if (!found.Succeeded)
        {
            return found.Refusal;
        }
        if (found.Value.Module.Find(stepId) is not { } step)
        {
            return Refusal.NotFound($"{found.Value.Module.Title} has no such step.");
        }
        var module = await enrolments.OfAsync(found.Value.Id, found.Value.Module, viewer.PersonId, cancellationToken);
        if (!module.Succeeded)
        {
            return module.Refusal;
        }
        if (module.Value.Progress.StateOf(step) == StepState.Locked)
        {
            var first = module.Value.Progress.Next?.Title ?? "the steps before it";
            return Refusal.Conflict($"Steps open in order: finish \u201c{first}\u201d before \u201c{step.Title}\u201d.");
        }
        return (found.Value.Id, step, module.Value);
    }

    private async Task<Outcome<StudentModule>> ChangeAsync(
        Viewer viewer, string key, string stepId, Func<ModuleStep, ModuleProgress, Outcome<ModuleWork>> change, CancellationToken cancellationToken)
    {
        var opened = await OpenStepAsync(viewer, key, stepId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var (moduleId, step, module) = opened.Value;
        var work = change(step, module.Progress);
        return work.Succeeded ? await enrolments.SaveAsync(moduleId, module, work.Value, cancellationToken) : work.Refusal;
    }
}
