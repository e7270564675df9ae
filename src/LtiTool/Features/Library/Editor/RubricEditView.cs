using LtiPathways.LtiTool.Shared;

namespace LtiPathways.LtiTool.Features.Library.Editor;

/// <summary>
/// The rubric editor as drawn: a new rubric has no <see cref="RubricId"/> and may still choose its kind.
/// <see cref="FocusId"/> is where focus lands after an action; <see cref="Problems"/> are sentences with no field (an import's).
/// </summary>
public sealed record RubricEditView(
    Guid? RubricId,
    string StoredTitle,
    int? LatestVersion,
    RubricDraft Draft,
    ScoringPreview Preview,
    string SessionToken,
    string? Notice = null,
    IReadOnlyList<FormError>? Errors = null,
    IReadOnlyList<string>? Problems = null,
    string? FocusId = null)
{
    public IReadOnlyList<FormError> FieldErrors => Errors ?? [];

    public bool IsNew => RubricId is null;
}
