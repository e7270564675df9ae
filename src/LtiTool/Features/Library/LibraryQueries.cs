using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Library;

/// <summary>Reads the library page: the templates, and the rubrics the course sees through <see cref="RubricVisibility"/>.</summary>
public class LibraryQueries(PathwaysDbContext db, RubricLibrary library)
{
    public async Task<LibraryView> ViewAsync(LibraryScope scope, string token, CancellationToken cancellationToken)
    {
        var rubrics = await db.Rubrics.AsNoTracking().Where(RubricVisibility.VisibleTo(scope.RegistrationId, scope.DeploymentId, scope.CourseId))
            .OrderBy(r => r.Title).ToListAsync(cancellationToken);
        var ids = rubrics.Select(r => r.Id).ToList();
        var latest = await db.RubricVersions.AsNoTracking().Where(v => ids.Contains(v.RubricId))
            .GroupBy(v => v.RubricId).Select(g => new { g.Key, Number = g.Max(v => v.Number) }).ToDictionaryAsync(x => x.Key, x => x.Number, cancellationToken);
        var owners = rubrics.Select(r => r.OwnerUserId).Distinct().ToList();
        var names = await PathwayGraphQL.ApiTokens.ActorNames.OfAsync(db, owners, cancellationToken);
        var rows = new List<LibraryRow>();
        foreach (var rubric in rubrics)
        {
            var version = await library.VersionAsync(rubric.Id, latest.GetValueOrDefault(rubric.Id), cancellationToken);
            if (version is null)
            {
                continue;
            }
            var csv = CanvasRubricCsv.Write(new Rubric(rubric.Id.ToString(), rubric.Title, "", rubric.Scope, null, [version]));
            rows.Add(new LibraryRow(rubric.Id, rubric.Title, rubric.Scope, names.GetValueOrDefault(rubric.OwnerUserId) ?? "Someone",
                rubric.OwnerUserId == scope.UserId, LibraryService.CanEdit(scope, rubric), version.Number, version.Kind,
                csv.IsValid ? null : csv.Problems[0].Message));
        }
        return new LibraryView(scope.Course.Title, token, RubricTemplates.All,
            rows.Where(r => r.Scope != ShareScope.Institution).ToList(), rows.Where(r => r.Scope == ShareScope.Institution).ToList());
    }
}
