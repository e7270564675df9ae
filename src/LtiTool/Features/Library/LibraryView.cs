using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Library;

public record LibraryView(
    string CourseTitle, string SessionToken, IReadOnlyList<RubricTemplate> Templates, IReadOnlyList<LibraryRow> CourseRubrics,
    IReadOnlyList<LibraryRow> InstitutionRubrics, string? Notice = null, IReadOnlyList<string>? Problems = null);
