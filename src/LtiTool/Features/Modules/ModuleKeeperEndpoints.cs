using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Modules;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Modules;

/// <summary>
/// The people around a student's modules: a coordinator adding or editing a module (its JSON, checked before it is
/// stored), and an advisor reading a student's work and marking a handed-in practical task with its rubric.
/// </summary>
public static class ModuleKeeperEndpoints
{
    public static RouteGroupBuilder MapModuleKeepers(this RouteGroupBuilder modules)
    {
        modules.MapGet("/new", NewAsync);
        modules.MapGet("/{key}/edit", EditAsync);
        modules.MapPost("/", SaveAsync);
        modules.MapGet("/{key}/students/{studentId:guid}", (ToolSession session, string key, Guid studentId, string? done, ModulePages pages, IStringLocalizer<ModuleText> text, CancellationToken ct) =>
            pages.StudentAsync(session, key, studentId, done == "marked" ? text["Notice.Marked"].Value : null, ct));
        modules.MapPost("/{key}/students/{studentId:guid}/steps/{stepId}/marks", MarkAsync);
        return modules;
    }

    private static async Task<IResult> NewAsync(ToolSession session, PathwaysDbContext db, SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        await ModuleAccess.KeepsModulesAsync(db, session.Viewer, cancellationToken)
            ? await EditorAsync(session, sessions, ModuleTemplate.Json, [], StatusCodes.Status200OK, cancellationToken)
            : ModuleAccess.NotKeeper.AsPage();

    private static async Task<IResult> EditAsync(ToolSession session, string key, ModuleCatalogue catalogue, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var json = await catalogue.JsonAsync(session.Viewer, key, cancellationToken);
        return json.Succeeded ? await EditorAsync(session, sessions, json.Value, [], StatusCodes.Status200OK, cancellationToken) : json.Refusal.AsPage();
    }

    private static async Task<IResult> SaveAsync(
        ToolSession session, IFormCollection form, ModuleCatalogue catalogue, ModulePages pages, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var json = form["module-json"].ToString();
        var saved = await catalogue.SaveAsync(session.Viewer, json, cancellationToken);
        if (saved.Succeeded)
        {
            return await pages.RedirectAsync(session, $"{ModulePaths.Module(saved.Value.Key)}?done=saved", cancellationToken);
        }
        return saved.Refusal.Code == RefusalCode.Invalid
            ? await EditorAsync(session, sessions, json, [.. saved.Refusal.Problems.Select(p => p.Path is null ? p.Message : $"{p.Path}: {p.Message}")], saved.Refusal.StatusCode(), cancellationToken)
            : saved.Refusal.AsPage();
    }

    private static async Task<IResult> EditorAsync(
        ToolSession session, SessionTokenIssuer sessions, string json, IReadOnlyList<string> problems, int status, CancellationToken cancellationToken) =>
        new RazorComponentResult<ModuleEditPage>(new
        {
            Json = json, Errors = problems.Select(p => new FormError("module-json", p)).ToList(), SessionToken = await sessions.IssueAsync(session, cancellationToken),
        }) { StatusCode = status };

    private static async Task<IResult> MarkAsync(
        ToolSession session, string key, Guid studentId, string stepId, IFormCollection form, ModuleMarking marking, ModulePages pages, CancellationToken cancellationToken)
    {
        var marked = await marking.MarkAsync(session.Viewer, studentId, key, stepId, ModuleForms.Levels(form), form["mark-comment"].ToString(), cancellationToken);
        if (marked.Succeeded)
        {
            return await pages.RedirectAsync(session, $"{ModulePaths.Student(key, studentId)}?done=marked", cancellationToken);
        }
        return marked.Refusal.Code is RefusalCode.NotFound or RefusalCode.Forbidden
            ? marked.Refusal.AsPage()
            : await pages.StudentAsync(session, key, studentId, null, cancellationToken, marked.Refusal);
    }
}
