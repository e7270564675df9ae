using LtiPathways.LtiTool.Features.Assessments;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Library;

/// <summary>The teacher's rubric library: list, copy, share. Every query goes through <see cref="RubricVisibility"/>.</summary>
public class LibraryService(PathwaysDbContext db, RubricLibrary library, TimeProvider clock)
{
    public async Task<LibraryScope?> ScopeAsync(ToolSession session, CancellationToken cancellationToken)
    {
        if (session.CourseId is not { } courseId || session.Role < CourseRole.Teacher)
        {
            return null;
        }
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId && c.DeploymentId == session.DeploymentId
            && c.Deployment!.RegistrationId == session.RegistrationId, cancellationToken);
        return course is null ? null : new LibraryScope(session, course);
    }

    public Task<LibraryRubric?> FindAsync(LibraryScope scope, Guid rubricId, CancellationToken cancellationToken) =>
        db.Rubrics.Where(RubricVisibility.VisibleTo(scope.RegistrationId, scope.DeploymentId, scope.CourseId))
            .FirstOrDefaultAsync(r => r.Id == rubricId, cancellationToken);

    /// <summary>Course rubrics any of its teachers may edit; a shared one only its owner.</summary>
    public static bool CanEdit(LibraryScope scope, LibraryRubric rubric) =>
        rubric.CourseId == scope.CourseId || rubric.OwnerUserId == scope.UserId;

    public async Task<LibraryView> ViewAsync(LibraryScope scope, string token, CancellationToken cancellationToken)
    {
        var rubrics = await db.Rubrics.AsNoTracking().Where(RubricVisibility.VisibleTo(scope.RegistrationId, scope.DeploymentId, scope.CourseId))
            .OrderBy(r => r.Title).ToListAsync(cancellationToken);
        var ids = rubrics.Select(r => r.Id).ToList();
        var latest = await db.RubricVersions.AsNoTracking().Where(v => ids.Contains(v.RubricId))
            .GroupBy(v => v.RubricId).Select(g => new { g.Key, Number = g.Max(v => v.Number) }).ToDictionaryAsync(x => x.Key, x => x.Number, cancellationToken);
        var owners = rubrics.Select(r => r.OwnerUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
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
                rubric.OwnerUserId == scope.UserId, CanEdit(scope, rubric), version.Number, version.Kind,
                csv.IsValid ? null : csv.Problems[0].Message));
        }
        return new LibraryView(scope.Course.Title, token, RubricTemplates.All,
            rows.Where(r => r.Scope != ShareScope.Institution).ToList(), rows.Where(r => r.Scope == ShareScope.Institution).ToList());
    }

    public async Task<LibraryRubric> CopyTemplateAsync(LibraryScope scope, RubricTemplate template, CancellationToken cancellationToken) =>
        await AddAsync(scope, template.Title, template.Key, [template.Version with { Number = 1, CreatedAt = clock.GetUtcNow() }], cancellationToken);

    /// <summary>Copies the source's latest version as version 1 of a new course rubric owned by the teacher.</summary>
    public async Task<LibraryRubric> CopyRubricAsync(LibraryScope scope, LibraryRubric source, CancellationToken cancellationToken)
    {
        var current = (await library.DomainRubricAsync(source, cancellationToken)).Current;
        return await AddAsync(scope, $"{source.Title} (copy)", source.TemplateKey, [current with { Number = 1, CreatedAt = clock.GetUtcNow() }], cancellationToken);
    }

    public async Task<LibraryRubric> AddAsync(
        LibraryScope scope, string title, string? templateKey, IEnumerable<RubricVersion> versions, CancellationToken cancellationToken)
    {
        var rubric = new LibraryRubric
        {
            RegistrationId = scope.RegistrationId, DeploymentId = scope.DeploymentId, CourseId = scope.CourseId, Scope = ShareScope.Course,
            OwnerUserId = scope.UserId, Title = title.Length > 500 ? title[..500] : title, TemplateKey = templateKey,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Rubrics.Add(rubric);
        foreach (var version in versions)
        {
            library.AddVersion(rubric, version);
        }
        await db.SaveChangesAsync(cancellationToken);
        return rubric;
    }

    /// <summary>Owner only. Shared rubrics belong to no course; taking one back places it in the owner's current course.</summary>
    public async Task<string?> ShareAsync(LibraryScope scope, LibraryRubric rubric, bool toInstitution, CancellationToken cancellationToken)
    {
        if (rubric.OwnerUserId != scope.UserId)
        {
            return "Only the rubric's owner can share it or take it back.";
        }
        rubric.Scope = toInstitution ? ShareScope.Institution : ShareScope.Course;
        rubric.CourseId = toInstitution ? null : scope.CourseId;
        rubric.DeploymentId = toInstitution ? rubric.DeploymentId : scope.DeploymentId;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
