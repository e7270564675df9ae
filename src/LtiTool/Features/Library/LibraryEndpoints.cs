using LtiPathways.LtiTool.Session;
using LtiPathways.Rubrics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Library;

/// <summary>The teacher's rubric library: templates and the course's and institution's rubrics; copy, share, import, export, edit.</summary>
public static class LibraryEndpoints
{
    public const string Path = "/app/rubrics";

    public static IEndpointRouteBuilder MapRubricLibrary(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).RequireAuthorization();
        group.MapGet("/", ShowAsync);
        group.MapPost("/", ActAsync);
        group.MapPost("/import", ImportAsync);
        group.MapGet("/export", ExportAsync);
        group.MapGet("/edit", RubricEditEndpoints.ShowAsync);
        group.MapPost("/edit", RubricEditEndpoints.SaveAsync);
        return routes;
    }

    public static async Task<LibraryScope?> ResolveAsync(HttpContext context, LibraryService service, CancellationToken cancellationToken) =>
        ToolSession.From(context.User) is { } session ? await service.ScopeAsync(session, cancellationToken) : null;

    public static IResult NotATeacher() => TypedResults.Text(
        "The rubric library is for the course's teachers; open LtiPathways again from your course as a teacher.", statusCode: StatusCodes.Status403Forbidden);

    public static IResult NoRubric() => TypedResults.Text(
        "That rubric is not in your course's or institution's library.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> ShowAsync(HttpContext context, LibraryService service, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(context, service, cancellationToken) is not { } scope)
        {
            return NotATeacher();
        }
        return Page(await service.ViewAsync(scope, await sessions.IssueAsync(scope.Session, cancellationToken), cancellationToken));
    }

    private static async Task<IResult> ActAsync(
        HttpContext context, IFormCollection form, LibraryService service, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(context, service, cancellationToken) is not { } scope)
        {
            return NotATeacher();
        }
        string? notice = null;
        string? problem = null;
        if (form["copy-template"].ToString() is { Length: > 0 } key)
        {
            if (RubricTemplates.Find(key) is { } template)
            {
                var copy = await service.CopyTemplateAsync(scope, template, cancellationToken);
                notice = $"“{copy.Title}” is now a rubric of this course; edit it below.";
            }
            else
            {
                problem = "The tool ships no template by that name.";
            }
        }
        else if (Guid.TryParse(form["copy"], out var copyId))
        {
            if (await service.FindAsync(scope, copyId, cancellationToken) is not { } source)
            {
                return NoRubric();
            }
            notice = $"“{(await service.CopyRubricAsync(scope, source, cancellationToken)).Title}” is now a rubric of this course.";
        }
        else if (Guid.TryParse(form["share"], out var shareId))
        {
            if (await service.FindAsync(scope, shareId, cancellationToken) is not { } rubric)
            {
                return NoRubric();
            }
            var toInstitution = form["to"] == "institution";
            problem = await service.ShareAsync(scope, rubric, toInstitution, cancellationToken);
            notice = problem is null ? (toInstitution ? $"“{rubric.Title}” is shared with your institution." : $"“{rubric.Title}” is back in this course only.") : null;
        }
        else
        {
            problem = "Choose Copy or Share on a rubric.";
        }
        var view = await service.ViewAsync(scope, await sessions.IssueAsync(scope.Session, cancellationToken), cancellationToken);
        return Page(view with { Notice = notice, Problems = problem is null ? null : [problem] }, problem is null ? 200 : 400);
    }

    private static async Task<IResult> ImportAsync(
        HttpContext context, IFormCollection form, LibraryService service, LibraryTransfer transfer, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        if (await ResolveAsync(context, service, cancellationToken) is not { } scope)
        {
            return NotATeacher();
        }
        var (rubric, problems) = await transfer.ImportAsync(scope, form.Files["file"], cancellationToken);
        var view = await service.ViewAsync(scope, await sessions.IssueAsync(scope.Session, cancellationToken), cancellationToken);
        return rubric is null
            ? Page(view with { Problems = ["Nothing was imported.", .. problems] }, StatusCodes.Status400BadRequest)
            : Page(view with { Notice = $"Imported “{rubric.Title}” into this course." });
    }

    private static async Task<IResult> ExportAsync(
        HttpContext context, Guid? rubric, string? format, LibraryService service, LibraryTransfer transfer, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(context, service, cancellationToken) is not { } scope)
        {
            return NotATeacher();
        }
        if (rubric is not { } id || await service.FindAsync(scope, id, cancellationToken) is not { } found)
        {
            return NoRubric();
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

    public static IResult Page(LibraryView view, int status = StatusCodes.Status200OK) =>
        new RazorComponentResult<LibraryPage>(new { View = view }) { StatusCode = status };
}
