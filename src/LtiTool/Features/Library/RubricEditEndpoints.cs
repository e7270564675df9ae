using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Library;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Library;

/// <summary>The edit page of one rubric: its current version as JSON, saved as a new version when assessments use it.</summary>
public static class RubricEditEndpoints
{
    public static async Task<IResult> ShowAsync(
        Guid? rubric, ToolSession session, LibraryService service, RubricEditing editing, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (await service.ScopeAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return LibraryService.NotATeacher.AsText();
        }
        if (rubric is not { } id || await service.FindAsync(scope, id, cancellationToken) is not { } found)
        {
            return LibraryService.NoRubric.AsText();
        }
        if (!LibraryService.CanEdit(scope, found))
        {
            return CannotEdit();
        }
        var json = await editing.CurrentJsonAsync(found, cancellationToken);
        var token = await sessions.IssueAsync(session, cancellationToken);
        return Page(new RubricEditView(found.Id, found.Title, await LatestAsync(editing, found, cancellationToken), json, token));
    }

    public static async Task<IResult> SaveAsync(
        IFormCollection form, ToolSession session, LibraryService service, RubricEditing editing, SessionTokenIssuer sessions,
        CancellationToken cancellationToken)
    {
        if (await service.ScopeAsync(session.Viewer, cancellationToken) is not { } scope)
        {
            return LibraryService.NotATeacher.AsText();
        }
        if (!Guid.TryParse(form["rubric"], out var id) || await service.FindAsync(scope, id, cancellationToken) is not { } found)
        {
            return LibraryService.NoRubric.AsText();
        }
        if (!LibraryService.CanEdit(scope, found))
        {
            return CannotEdit();
        }
        var json = form["json"].ToString();
        var token = await sessions.IssueAsync(session, cancellationToken);
        var saved = await editing.SaveAsync(found, json, cancellationToken);
        if (saved.Value is not { } edit)
        {
            return Page(new RubricEditView(found.Id, found.Title, await LatestAsync(editing, found, cancellationToken), json, token,
                Problems: ["Nothing was saved.", .. saved.Problems.Select(p => p.ToString())]), StatusCodes.Status400BadRequest);
        }
        var notice = edit.IsNewVersion
            ? $"Saved as version {edit.Version.Number}. Work already marked stays on its version; move ungraded work from the assignment's marking page."
            : $"Saved version {edit.Version.Number}; no work had been marked with it yet.";
        return Page(new RubricEditView(found.Id, found.Title, edit.Version.Number, await editing.CurrentJsonAsync(found, cancellationToken), token, notice));
    }

    private static async Task<int> LatestAsync(RubricEditing editing, PathwayGraphQL.Data.Rubrics.LibraryRubric rubric, CancellationToken cancellationToken) =>
        LtiPathways.Rubrics.RubricJson.Read(await editing.CurrentJsonAsync(rubric, cancellationToken)).Value?.Current.Number ?? 1;

    private static IResult CannotEdit() => TypedResults.Text(
        "Only the owner edits a rubric shared with the institution; copy it into your course to change it.", statusCode: StatusCodes.Status403Forbidden);

    private static IResult Page(RubricEditView view, int status = StatusCodes.Status200OK) =>
        new RazorComponentResult<RubricEditPage>(new { View = view }) { StatusCode = status };
}
