using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Library;

/// <summary>The teacher's rubric library: find, copy, share. Every query goes through <see cref="RubricVisibility"/>.</summary>
public class LibraryService(PathwaysDbContext db, RubricLibrary library, TimeProvider clock)
{
    public static readonly Refusal NotATeacher = Refusal.Forbidden(
        "The rubric library is for the course's teachers; open LtiPathways again from your course as a teacher.");

    public static readonly Refusal NoRubric = Refusal.NotFound("That rubric is not in your course's or institution's library.");

    /// <summary>Null unless the viewer is a teacher of the course they opened.</summary>
    public async Task<LibraryScope?> ScopeAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        if (viewer.CourseId is not { } courseId || !viewer.IsStaff)
        {
            return null;
        }
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == courseId && c.DeploymentId == viewer.DeploymentId
            && c.Deployment!.RegistrationId == viewer.RegistrationId, cancellationToken);
        return course is null ? null : new LibraryScope(viewer, course);
    }

    public Task<LibraryRubric?> FindAsync(LibraryScope scope, Guid rubricId, CancellationToken cancellationToken) =>
        db.Rubrics.Where(RubricVisibility.VisibleTo(scope.RegistrationId, scope.DeploymentId, scope.CourseId))
            .FirstOrDefaultAsync(r => r.Id == rubricId, cancellationToken);

    /// <summary>Course rubrics any of its teachers may edit; a shared one only its owner.</summary>
    public static bool CanEdit(LibraryScope scope, LibraryRubric rubric) =>
        rubric.CourseId == scope.CourseId || rubric.OwnerUserId == scope.UserId;

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
    public async Task<Outcome<LibraryRubric>> ShareAsync(LibraryScope scope, LibraryRubric rubric, bool toInstitution, CancellationToken cancellationToken)
    {
        if (rubric.OwnerUserId != scope.UserId)
        {
            // Answered 400 as it always was: the form offered no such button to anyone but the owner.
            return Refusal.Invalid("Only the rubric's owner can share it or take it back.");
        }
        rubric.Scope = toInstitution ? ShareScope.Institution : ShareScope.Course;
        rubric.CourseId = toInstitution ? null : scope.CourseId;
        rubric.DeploymentId = toInstitution ? rubric.DeploymentId : scope.DeploymentId;
        await db.SaveChangesAsync(cancellationToken);
        return rubric;
    }
}
