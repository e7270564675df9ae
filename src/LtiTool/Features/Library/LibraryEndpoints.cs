using LtiPathways.LtiTool.Features.Library.Editor;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.Rubrics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Library;

/// <summary>The teacher's rubric library: templates and the course's and institution's rubrics; copy, share, import, export, edit.</summary>
public static class LibraryEndpoints
{
    public const string Path = "/app/rubrics";

    public static IEndpointRouteBuilder MapRubricLibrary(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).RequireAuthorization();
        group.MapGet("/", ShowAsync);
        group.MapPost("/copy-template", CopyTemplateAsync);
        group.MapPost("/copy", CopyAsync);
        group.MapPost("/share", ShareAsync);
        group.MapPost("/import", ImportAsync);
        group.MapGet("/export", ExportAsync);
        routes.MapRubricEditor();
        return routes;
    }

    private static async Task<IResult> ShowAsync(
        ToolSession session, LibraryService service, LibraryQueries queries, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (await service.ScopeAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return LibraryService.NotATeacher.AsText();
        }
        return Page(await queries.ViewAsync(scope, await sessions.IssueAsync(session, cancellationToken), cancellationToken));
    }

    private static async Task<IResult> CopyTemplateAsync(
        [FromForm(Name = "template")] string? key, ToolSession session, LibraryService service, LibraryQueries queries, SessionTokenIssuer sessions,
        IStringLocalizer<LibraryText> text, CancellationToken cancellationToken)
    {
        if (await service.ScopeAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return LibraryService.NotATeacher.AsText();
        }
        if (RubricTemplates.Find(key ?? "") is not { } template)
        {
            return await AfterAsync(scope, session, queries, sessions, null, text["Notice.NoTemplate"], cancellationToken);
        }
        var copy = await service.CopyTemplateAsync(scope, template, cancellationToken);
        return await AfterAsync(scope, session, queries, sessions, text["Notice.TemplateCopied", copy.Title], null, cancellationToken);
    }

    private static async Task<IResult> CopyAsync(
        [FromForm(Name = "rubric")] string? rubric, ToolSession session, LibraryService service, LibraryQueries queries, SessionTokenIssuer sessions,
        IStringLocalizer<LibraryText> text, CancellationToken cancellationToken)
    {
        if (await service.ScopeAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return LibraryService.NotATeacher.AsText();
        }
        if (!Guid.TryParse(rubric, out var id) || await service.FindAsync(scope, id, cancellationToken) is not { } source)
        {
            return LibraryService.NoRubric.AsText();
        }
        var copy = await service.CopyRubricAsync(scope, source, cancellationToken);
        return await AfterAsync(scope, session, queries, sessions, text["Notice.Copied", copy.Title], null, cancellationToken);
    }

    private static async Task<IResult> ShareAsync(
        [FromForm(Name = "rubric")] string? rubric, [FromForm(Name = "to")] string? to, ToolSession session, LibraryService service,
        LibraryQueries queries, SessionTokenIssuer sessions, IStringLocalizer<LibraryText> text, CancellationToken cancellationToken)
    {
        if (await service.ScopeAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return LibraryService.NotATeacher.AsText();
        }
        if (!Guid.TryParse(rubric, out var id) || await service.FindAsync(scope, id, cancellationToken) is not { } found)
        {
            return LibraryService.NoRubric.AsText();
        }
        var toInstitution = to == "institution";
        var shared = await service.ShareAsync(scope, found, toInstitution, cancellationToken);
        var notice = text[toInstitution ? "Notice.Shared" : "Notice.Unshared", found.Title].Value;
        return await AfterAsync(scope, session, queries, sessions, shared.Succeeded ? notice : null, shared.Refusal?.Sentence, cancellationToken);
    }

    private static async Task<IResult> ImportAsync(
        IFormCollection form, ToolSession session, LibraryService service, LibraryQueries queries, LibraryTransfer transfer,
        SessionTokenIssuer sessions, IStringLocalizer<LibraryText> text, CancellationToken cancellationToken)
    {
        if (await service.ScopeAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return LibraryService.NotATeacher.AsText();
        }
        var file = form.Files["file"] is { } sent ? new RubricUpload(sent.FileName, sent.Length, sent.OpenReadStream) : null;
        var imported = await transfer.ImportAsync(scope, file, cancellationToken);
        var view = await queries.ViewAsync(scope, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return imported.Value is not { } rubric
            ? Page(view with { Problems = [text["Notice.NothingImported"].Value, .. imported.Problems.Select(p => p.ToString())] }, StatusCodes.Status400BadRequest)
            : Page(view with { Notice = text["Notice.Imported", rubric.Title] });
    }

    private static async Task<IResult> ExportAsync(
        Guid? rubric, string? format, ToolSession session, LibraryService service, LibraryTransfer transfer, CancellationToken cancellationToken)
    {
        if (await service.ScopeAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return LibraryService.NotATeacher.AsText();
        }
        if (rubric is not { } id || await service.FindAsync(scope, id, cancellationToken) is not { } found)
        {
            return LibraryService.NoRubric.AsText();
        }
        var name = string.Concat(found.Title.Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');
        if (format == "csv")
        {
            var csv = await transfer.CsvAsync(found, cancellationToken);
            return csv.IsValid
                ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv.Value!), "text/csv; charset=utf-8", name + ".csv")
                : TypedResults.Text(csv.Problems[0].Message, statusCode: StatusCodes.Status400BadRequest);
        }
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await transfer.JsonAsync(found, cancellationToken)), "application/json", name + ".json");
    }

    /// <summary>The library page again after an action: its notice, or its problem with a 400.</summary>
    private static async Task<IResult> AfterAsync(
        LibraryScope scope, ToolSession session, LibraryQueries queries, SessionTokenIssuer sessions, string? notice, string? problem,
        CancellationToken cancellationToken)
    {
        var view = await queries.ViewAsync(scope, await sessions.IssueAsync(session, cancellationToken), cancellationToken);
        return Page(view with { Notice = notice, Problems = problem is null ? null : [problem] },
            problem is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    public static IResult Page(LibraryView view, int status = StatusCodes.Status200OK) =>
        new RazorComponentResult<LibraryPage>(new { View = view }) { StatusCode = status };
}
