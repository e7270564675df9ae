using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.Rubrics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>
/// The rubric editor, one route per operation: show a rubric or a new one, apply an add/remove/move (the form drawn
/// again with what was typed), save as a version through <see cref="RubricEditing"/>, fill the form from a JSON file.
/// </summary>
public static class RubricEditEndpoints
{
    public const string Path = LibraryEndpoints.Path + "/edit";
    public const string NewPath = LibraryEndpoints.Path + "/new";

    public static IEndpointRouteBuilder MapRubricEditor(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(LibraryEndpoints.Path).RequireAuthorization();
        group.MapGet("/edit", ShowAsync);
        group.MapGet("/new", ShowNewAsync);
        group.MapPost("/edit/change", ChangeAsync);
        group.MapPost("/edit/save", SaveAsync);
        group.MapPost("/edit/import", ImportAsync);
        return routes;
    }

    private static async Task<IResult> ShowAsync(Guid? rubric, ToolSession session, RubricEditorContext editor, CancellationToken cancellationToken)
    {
        if (await editor.OpenAsync(session, rubric?.ToString(), cancellationToken) is { Refused: { } refused })
        {
            return refused.AsPage();
        }
        if (editor.Rubric is null)
        {
            return LibraryService.NoRubric.AsPage();
        }
        var domain = await editor.DomainAsync(cancellationToken);
        return await editor.PageAsync(session, RubricDrafts.From(editor.Rubric!.Title, domain.Current), cancellationToken);
    }

    private static async Task<IResult> ShowNewAsync(string? kind, ToolSession session, RubricEditorContext editor, CancellationToken cancellationToken)
    {
        if (await editor.OpenAsync(session, null, cancellationToken) is { Refused: { } refused })
        {
            return refused.AsPage();
        }
        var chosen = Enum.TryParse<RubricKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : RubricKind.Analytic;
        return await editor.PageAsync(session, RubricDrafts.Blank(chosen), cancellationToken);
    }

    private static async Task<IResult> ChangeAsync(
        IFormCollection form, ToolSession session, RubricEditorContext editor, IStringLocalizer<RubricEditorText> text, CancellationToken cancellationToken)
    {
        if (await editor.OpenAsync(session, form["rubric"], cancellationToken) is { Refused: { } refused })
        {
            return refused.AsText();
        }
        var draft = editor.Posted(RubricDraftForm.Read(form));
        var change = form["change"].ToString();
        if (change == "preview")
        {
            return await editor.PageAsync(session, draft, cancellationToken);
        }
        if (RubricDraftChanges.Apply(draft, change) is not { } changed)
        {
            return TypedResults.Text(text["Error.UnknownChange"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        var notice = changed.What == "Changed.Kind"
            ? text["Change.Changed.Kind", text[$"Kind.{draft.Kind}"]]
            : text[$"Change.{changed.What}", changed.Name, changed.Parent, changed.Position, changed.Count];
        return await editor.PageAsync(session, changed.Draft, cancellationToken, notice: notice, focus: changed.FocusId);
    }

    private static async Task<IResult> SaveAsync(
        IFormCollection form, ToolSession session, RubricEditorContext editor, IStringLocalizer<RubricEditorText> text, CancellationToken cancellationToken)
    {
        if (await editor.OpenAsync(session, form["rubric"], cancellationToken) is { Refused: { } refused })
        {
            return refused.AsText();
        }
        var draft = editor.Posted(RubricDraftForm.Read(form));
        var saved = await editor.SaveAsync(draft, cancellationToken);
        if (saved.Errors.Count > 0)
        {
            return await editor.PageAsync(session, draft, cancellationToken, errors: saved.Errors, focus: "problem-region", status: StatusCodes.Status400BadRequest);
        }
        var notice = saved.Edit!.IsNewVersion
            ? text["Saved.NewVersion", saved.Edit.Version.Number]
            : text["Saved.SameVersion", saved.Edit.Version.Number];
        return await editor.PageAsync(session, RubricDrafts.From(editor.Rubric!.Title, saved.Edit.Version), cancellationToken, notice: notice, focus: "save");
    }

    private static async Task<IResult> ImportAsync(
        IFormCollection form, ToolSession session, RubricEditorContext editor, LibraryTransfer transfer, IStringLocalizer<RubricEditorText> text,
        CancellationToken cancellationToken)
    {
        if (await editor.OpenAsync(session, form["rubric"], cancellationToken) is { Refused: { } refused })
        {
            return refused.AsText();
        }
        var file = form.Files["file"] is { } sent ? new RubricUpload(sent.FileName, sent.Length, sent.OpenReadStream) : null;
        var read = await transfer.ReadAsync(editor.Scope!, file, cancellationToken);
        if (read.Value is not { } rubric)
        {
            var before = editor.Rubric is { } stored ? RubricDrafts.From(stored.Title, (await editor.DomainAsync(cancellationToken)).Current) : RubricDrafts.Blank(RubricKind.Analytic);
            return await editor.PageAsync(session, before, cancellationToken,
                problems: [text["Import.Nothing"], .. read.Problems.Select(p => p.ToString())], focus: "problem-region", status: StatusCodes.Status400BadRequest);
        }
        return await editor.PageAsync(session, editor.Posted(RubricDrafts.From(rubric.Title, rubric.Current)), cancellationToken,
            notice: text["Import.Read", file!.FileName], focus: "title");
    }

    public static IResult Page(RubricEditView view, int status = StatusCodes.Status200OK) =>
        new RazorComponentResult<RubricEditPage>(new { View = view }) { StatusCode = status };
}
