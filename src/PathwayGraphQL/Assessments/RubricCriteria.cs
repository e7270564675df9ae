using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Library;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Assessments;

/// <summary>
/// The criteria of the rubric an assignment is marked with, for pointing feedback at one (a time-coded comment on a
/// recording): the version new marking uses, or the chosen template's before the course has its own copy.
/// </summary>
public class RubricCriteria(PathwaysDbContext db, RubricLibrary library)
{
    public async Task<IReadOnlyList<CriterionChoice>> OfAsync(Assignment assignment, CancellationToken cancellationToken)
    {
        var settings = await db.AssessmentSettings.AsNoTracking().FirstOrDefaultAsync(s => s.AssignmentId == assignment.Id, cancellationToken);
        var version = settings is null
            ? RubricLibrary.FindTemplate(assignment.Rubric)?.Version
            : await library.VersionAsync(settings.RubricId, settings.VersionNumber, cancellationToken);
        return version?.Criteria.Select(c => new CriterionChoice(c.Id, c.Title)).ToList() ?? [];
    }
}
