using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Modules;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Modules;

/// <summary>
/// Self-paced CTE modules (issue 15, item 5) as a student works through them: the list, a module's steps (resuming at
/// the next one), and each step's own form: read, check one answer, hand in the quiz, hand in a practical task. The
/// coordinator's module editor and the advisor's marking are in <see cref="ModuleKeeperEndpoints"/>.
/// </summary>
public static class ModuleEndpoints
{
    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder routes)
    {
        var modules = routes.MapGroup(ModulePaths.Root).RequireAuthorization();
        modules.MapGet("/", ListAsync);
        modules.MapGet("/{key}", (ToolSession session, string key, string? done, ModulePages pages, IStringLocalizer<ModuleText> text, CancellationToken ct) =>
            pages.ModuleAsync(session, key, DoneNotice(done, text), ct));
        modules.MapGet("/{key}/steps/{stepId}", (ToolSession session, string key, string stepId, ModulePages pages, CancellationToken ct) =>
            pages.StepAsync(session, key, stepId, ct));
        modules.MapPost("/{key}/steps/{stepId}/read", ReadAsync);
        modules.MapPost("/{key}/steps/{stepId}/check", CheckAsync);
        modules.MapPost("/{key}/steps/{stepId}/attempts", AttemptAsync);
        modules.MapPost("/{key}/steps/{stepId}/hand-in", HandInAsync);
        modules.MapModuleKeepers();
        return routes;
    }

    private static async Task<IResult> ListAsync(
        ToolSession session, ModuleCatalogue catalogue, PathwaysDbContext db, SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        new RazorComponentResult<ModulesPage>(new
        {
            Rows = await catalogue.ListAsync(session.Viewer, cancellationToken),
            Keeper = await ModuleAccess.KeepsModulesAsync(db, session.Viewer, cancellationToken),
            SessionToken = await sessions.IssueAsync(session, cancellationToken),
        });

    private static async Task<IResult> ReadAsync(ToolSession session, string key, string stepId, ModuleLearning learning, ModulePages pages, CancellationToken cancellationToken)
    {
        var read = await learning.ReadAsync(session.Viewer, key, stepId, cancellationToken);
        return read.Succeeded ? await pages.RedirectAsync(session, Onward(read.Value), cancellationToken) : read.Refusal.AsPage();
    }

    /// <summary>One answer's feedback: JSON for the page's script, or the quiz again with that feedback beside the question.</summary>
    private static async Task<IResult> CheckAsync(
        HttpRequest request, ToolSession session, string key, string stepId, IFormCollection form, ModuleLearning learning, ModulePages pages, CancellationToken cancellationToken)
    {
        var answers = ModuleForms.Answers(form);
        var question = form["question"].ToString();
        var feedback = await learning.CheckAsync(session.Viewer, key, stepId, question, answers.GetValueOrDefault(question) ?? [], cancellationToken);
        if (request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return feedback.Succeeded
                ? TypedResults.Json(new { question = feedback.Value.QuestionId, right = feedback.Value.Right, rightOptions = feedback.Value.RightOptions, sentence = feedback.Value.Sentence, explanation = feedback.Value.Explanation })
                : feedback.Refusal.AsJson();
        }
        return feedback.Succeeded
            ? await pages.StepAsync(session, key, stepId, cancellationToken, view => view with { Checked = feedback.Value, Answers = answers })
            : await Refused(session, key, stepId, feedback.Refusal, pages, cancellationToken, answers);
    }

    private static async Task<IResult> AttemptAsync(
        ToolSession session, string key, string stepId, IFormCollection form, ModuleLearning learning, ModulePages pages, CancellationToken cancellationToken)
    {
        var answers = ModuleForms.Answers(form);
        var attempt = await learning.AttemptAsync(session.Viewer, key, stepId, answers, cancellationToken);
        return attempt.Succeeded
            ? await pages.StepAsync(session, key, stepId, cancellationToken, view => view with { Module = attempt.Value.Module, Result = attempt.Value.Result, Answers = answers })
            : await Refused(session, key, stepId, attempt.Refusal, pages, cancellationToken, answers);
    }

    private static async Task<IResult> HandInAsync(
        ToolSession session, string key, string stepId, IFormCollection form, ModuleLearning learning, ModulePages pages, CancellationToken cancellationToken)
    {
        var (text, link) = (form["hand-in-text"].ToString(), form["hand-in-link"].ToString());
        var handed = await learning.HandInAsync(session.Viewer, key, stepId, text, link, cancellationToken);
        return handed.Succeeded
            ? await pages.RedirectAsync(session, $"{ModulePaths.Module(key)}?done=handed-in", cancellationToken)
            : await Refused(session, key, stepId, handed.Refusal, pages, cancellationToken, input: new Dictionary<string, string> { ["text"] = text, ["link"] = link });
    }

    /// <summary>The step again with the refusal beside its fields and the input kept; a step that cannot be shown answers with the sentence alone.</summary>
    private static async Task<IResult> Refused(
        ToolSession session, string key, string stepId, Refusal refusal, ModulePages pages, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>>? answers = null, IReadOnlyDictionary<string, string>? input = null)
    {
        if (refusal.Code is RefusalCode.NotFound or RefusalCode.Forbidden)
        {
            return refusal.AsPage();
        }
        return await pages.StepAsync(session, key, stepId, cancellationToken, view => view with
        {
            Errors = ModulePages.Errors(refusal, "step"), Answers = answers ?? view.Answers, Input = input ?? view.Input,
        }, refusal.StatusCode());
    }

    /// <summary>After a step: the next open one, or the module's page when none is open.</summary>
    private static string Onward(StudentModule module) =>
        module.Progress.Next is { } next ? ModulePaths.Step(module.Module.Key, next.Id) : $"{ModulePaths.Module(module.Module.Key)}?done=steps";

    private static string? DoneNotice(string? done, IStringLocalizer<ModuleText> text) => done switch
    {
        "handed-in" => text["Notice.HandedIn"].Value,
        "steps" => text["Notice.Steps"].Value,
        "saved" => text["Notice.Saved"].Value,
        _ => null,
    };
}
