using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Library;

/// <summary>One rubric of the library page; <see cref="CsvRefusal"/> says why it cannot be exported to Canvas CSV.</summary>
public record LibraryRow(Guid Id, string Title, ShareScope Scope, string OwnerName, bool IsMine, bool CanEdit, int LatestVersion, RubricKind Kind, string? CsvRefusal);
