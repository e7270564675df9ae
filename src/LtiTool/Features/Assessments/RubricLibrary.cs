using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Features.Library;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>
/// The course's rubric library. An assignment placed with a template gets its own course copy the first time it is opened,
/// so teachers edit their copy and the shipped template never changes.
/// </summary>
public class RubricLibrary(PathwaysDbContext db, TimeProvider clock)
{
    /// <summary>Null when the assignment is not marked with a rubric (or names a template the tool no longer ships).</summary>
    public async Task<AssessmentScope?> ScopeAsync(GradingScope grading, CancellationToken cancellationToken)
    {
        var settings = await db.AssessmentSettings.FirstOrDefaultAsync(s => s.AssignmentId == grading.Assignment.Id, cancellationToken);
        if (settings is null)
        {
            if (FindTemplate(grading.Assignment.Rubric) is not { } template)
            {
                return null;
            }
            settings = await CopyTemplateAsync(grading, template, cancellationToken);
        }
        var rubric = await OwnRubricAsync(grading, settings.RubricId, cancellationToken);
        if (rubric is null)
        {
            return null;
        }
        var current = await VersionAsync(rubric.Id, settings.VersionNumber, cancellationToken);
        return current is null ? null : new AssessmentScope(grading, settings, rubric, current);
    }

    /// <summary>Picker values are template titles; keys work too.</summary>
    public static RubricTemplate? FindTemplate(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null
            : RubricTemplates.Find(name) ?? RubricTemplates.All.FirstOrDefault(t => string.Equals(t.Title, name, StringComparison.OrdinalIgnoreCase));

    public async Task<RubricVersion?> VersionAsync(Guid rubricId, int number, CancellationToken cancellationToken)
    {
        var json = await db.RubricVersions.AsNoTracking().Where(v => v.RubricId == rubricId && v.Number == number)
            .Select(v => v.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : RubricJson.Read(json).Value?.Current;
    }

    /// <summary>All versions of a rubric, oldest first, as the domain's rubric.</summary>
    public async Task<Rubric> DomainRubricAsync(LibraryRubric rubric, CancellationToken cancellationToken)
    {
        var rows = await db.RubricVersions.AsNoTracking().Where(v => v.RubricId == rubric.Id).OrderBy(v => v.Number)
            .Select(v => v.Json).ToListAsync(cancellationToken);
        var versions = rows.Select(json => RubricJson.Read(json).Value!.Current).ToValueList();
        return new Rubric(rubric.Id.ToString(), rubric.Title, rubric.OwnerUserId.ToString(), rubric.Scope, ScopeId(rubric), versions);
    }

    /// <summary>Adds a version row (the caller saves).</summary>
    public void AddVersion(LibraryRubric rubric, RubricVersion version) =>
        db.RubricVersions.Add(new LibraryRubricVersion
        {
            RubricId = rubric.Id, Number = version.Number, CreatedAt = version.CreatedAt.UtcDateTime,
            Json = RubricJson.Write(new Rubric(rubric.Id.ToString(), rubric.Title, rubric.OwnerUserId.ToString(), rubric.Scope, ScopeId(rubric), [version])),
        });

    /// <summary>A rubric the session's course may use: its own, or one its institution (registration and deployment) shares.</summary>
    private Task<LibraryRubric?> OwnRubricAsync(GradingScope grading, Guid rubricId, CancellationToken cancellationToken) =>
        db.Rubrics.Where(RubricVisibility.VisibleTo(grading.Registration.Id, grading.Course.DeploymentId, grading.Course.Id))
            .FirstOrDefaultAsync(r => r.Id == rubricId, cancellationToken);

    private async Task<AssessmentSettings> CopyTemplateAsync(GradingScope grading, RubricTemplate template, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rubric = new LibraryRubric
        {
            RegistrationId = grading.Registration.Id, DeploymentId = grading.Course.DeploymentId, CourseId = grading.Course.Id,
            Scope = ShareScope.Course, OwnerUserId = grading.Assignment.CreatedByUserId, Title = template.Title,
            TemplateKey = template.Key, CreatedAt = now.UtcDateTime,
        };
        db.Rubrics.Add(rubric);
        AddVersion(rubric, template.Version with { Number = 1, CreatedAt = now });
        var settings = new AssessmentSettings { AssignmentId = grading.Assignment.Id, RubricId = rubric.Id, VersionNumber = 1 };
        db.AssessmentSettings.Add(settings);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another teacher opened the assignment at the same moment and their copy won the settings key: use theirs.
            db.ChangeTracker.Clear();
            return await db.AssessmentSettings.FirstOrDefaultAsync(s => s.AssignmentId == grading.Assignment.Id, cancellationToken)
                ?? throw new InvalidOperationException("Saving the assignment's rubric copy failed, and no other copy exists.");
        }
        return settings;
    }

    private static string? ScopeId(LibraryRubric rubric) => rubric.CourseId?.ToString() ?? rubric.DeploymentId.ToString();
}
