using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.Rubrics;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>
/// One request of the editor: the teacher's library scope and the rubric being edited (none for a new one), checked once;
/// a rubric of another course or institution is refused exactly as one that does not exist.
/// </summary>
public sealed class RubricEditorContext(
    LibraryService service, RubricLibrary library, RubricEditing editing, SessionTokenIssuer sessions, TimeProvider clock,
    IStringLocalizer<RubricEditorText> text)
{
    private static readonly Refusal CannotEdit = Refusal.Forbidden(
        "Only the owner edits a rubric shared with the institution; copy it into your course to change it.");

    private RubricKind? storedKind;

    public LibraryScope? Scope { get; private set; }

    public LibraryRubric? Rubric { get; private set; }

    public Refusal? Refused { get; private set; }

    /// <summary>Blank or missing <paramref name="rubricId"/> opens a new rubric.</summary>
    public async Task<RubricEditorContext> OpenAsync(ToolSession session, string? rubricId, CancellationToken cancellationToken)
    {
        Scope = await service.ScopeAsync(session.Viewer, cancellationToken);
        if (Scope is null)
        {
            Refused = LibraryService.NotATeacher;
            return this;
        }
        if (string.IsNullOrEmpty(rubricId))
        {
            return this;
        }
        if (!Guid.TryParse(rubricId, out var id) || await service.FindAsync(Scope, id, cancellationToken) is not { } found)
        {
            Refused = LibraryService.NoRubric;
            return this;
        }
        Rubric = found;
        Refused = LibraryService.CanEdit(Scope, found) ? null : CannotEdit;
        storedKind = Refused is null ? (await DomainAsync(cancellationToken)).Current.Kind : null;
        return this;
    }

    public Task<Rubric> DomainAsync(CancellationToken cancellationToken) => library.DomainRubricAsync(Rubric!, cancellationToken);

    /// <summary>A stored rubric keeps its kind, whatever the form says.</summary>
    public RubricDraft Posted(RubricDraft draft) => storedKind is { } kind ? draft with { Kind = kind } : draft;

    public async Task<(RubricEdit? Edit, IReadOnlyList<FormError> Errors)> SaveAsync(RubricDraft draft, CancellationToken cancellationToken)
    {
        var current = Rubric is null ? null : (await DomainAsync(cancellationToken)).Current;
        var reading = DraftVersion.Read(draft, current?.Number ?? 1, current?.CreatedAt ?? clock.GetUtcNow(), text);
        if (reading.Errors.Count > 0)
        {
            return (null, reading.Errors);
        }
        if (Rubric is null)
        {
            Rubric = await service.AddAsync(Scope!, draft.Title, null, [reading.Version], cancellationToken);
            return (new RubricEdit(await DomainAsync(cancellationToken), reading.Version, IsNewVersion: false), []);
        }
        var saved = await editing.SaveAsync(Rubric, draft.Title, reading.Version, cancellationToken);
        return saved.Value is { } edit ? (edit, []) : (null, [.. saved.Problems.Select(p => ProblemFields.Place(draft, p))]);
    }

    public async Task<IResult> PageAsync(
        ToolSession session, RubricDraft draft, CancellationToken cancellationToken, string? notice = null, IReadOnlyList<FormError>? errors = null,
        IReadOnlyList<string>? problems = null, string? focus = null, int status = StatusCodes.Status200OK)
    {
        var latest = Rubric is null ? (int?)null : (await DomainAsync(cancellationToken)).Current.Number;
        var preview = ScoringPreview.Of(DraftVersion.Read(draft, 1, DateTimeOffset.UnixEpoch, text).Version);
        var token = await sessions.IssueAsync(session, cancellationToken);
        return RubricEditEndpoints.Page(
            new RubricEditView(Rubric?.Id, Rubric?.Title ?? "", latest, draft, preview, token, notice, errors, problems, focus), status);
    }
}
