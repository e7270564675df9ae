using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Assignments;

/// <summary>
/// The criteria of the rubric an assignment is marked with, for pointing feedback at one (a time-coded comment on a
/// recording): the version new marking uses, or the chosen template's before the course has its own copy.
/// </summary>
public class RubricCriteria(PathwaysDbContext db)
{
    public async Task<IReadOnlyList<CriterionChoice>> OfAsync(Assignment assignment, CancellationToken cancellationToken)
    {
        var settings = await db.AssessmentSettings.AsNoTracking().FirstOrDefaultAsync(s => s.AssignmentId == assignment.Id, cancellationToken);
        var version = settings is null ? TemplateVersion(assignment.Rubric) : await CourseVersionAsync(settings.RubricId, settings.VersionNumber, cancellationToken);
        return version?.Criteria.Select(c => new CriterionChoice(c.Id, c.Title)).ToList() ?? [];
    }

    /// <summary>An assignment names its template by title as the picker showed it, or by key.</summary>
    private static RubricVersion? TemplateVersion(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null
            : (RubricTemplates.Find(name) ?? RubricTemplates.All.FirstOrDefault(t => string.Equals(t.Title, name, StringComparison.OrdinalIgnoreCase)))?.Version;

    private async Task<RubricVersion?> CourseVersionAsync(Guid rubricId, int number, CancellationToken cancellationToken)
    {
        var json = await db.RubricVersions.AsNoTracking().Where(v => v.RubricId == rubricId && v.Number == number)
            .Select(v => v.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : RubricJson.Read(json).Value?.Current;
    }
}
