using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Assessments;

/// <summary>
/// The rubric an assignment is marked with. An assignment placed with a template gets its own course copy the first time it is
/// opened, so teachers edit their copy and the shipped template never changes.
/// </summary>
public class AssessedAssignments(PathwaysDbContext db, LaunchedAssignments assignments, RubricLibrary library, TimeProvider clock)
{
    public static readonly Refusal NoAssessment =
        Refusal.NotFound("This link does not open a rubric assessment of your course; open it again from your course.");

    /// <summary>The viewer's launched assignment when it is marked with a rubric; null otherwise.</summary>
    public async Task<AssessmentScope?> FindAsync(Viewer viewer, CancellationToken cancellationToken) =>
        await assignments.FindAsync(viewer, cancellationToken) is { } launched ? await FindAsync(launched, cancellationToken) : null;

    /// <summary>Null when the assignment is not marked with a rubric (or names a template the tool no longer ships).</summary>
    public async Task<AssessmentScope?> FindAsync(LaunchedAssignment launched, CancellationToken cancellationToken)
    {
        var settings = await db.AssessmentSettings.FirstOrDefaultAsync(s => s.AssignmentId == launched.Assignment.Id, cancellationToken);
        if (settings is null)
        {
            if (RubricLibrary.FindTemplate(launched.Assignment.Rubric) is not { } template)
            {
                return null;
            }
            settings = await CopyTemplateAsync(launched, template, cancellationToken);
        }
        var rubric = await VisibleRubricAsync(launched, settings.RubricId, cancellationToken);
        if (rubric is null)
        {
            return null;
        }
        var current = await library.VersionAsync(rubric.Id, settings.VersionNumber, cancellationToken);
        return current is null ? null : new AssessmentScope(launched, settings, rubric, current);
    }

    /// <summary>A rubric the course may use: its own, or one its institution (registration and deployment) shares.</summary>
    private Task<LibraryRubric?> VisibleRubricAsync(LaunchedAssignment launched, Guid rubricId, CancellationToken cancellationToken) =>
        db.Rubrics.Where(RubricVisibility.VisibleTo(launched.Registration.Id, launched.Course.DeploymentId, launched.Course.Id))
            .FirstOrDefaultAsync(r => r.Id == rubricId, cancellationToken);

    private async Task<AssessmentSettings> CopyTemplateAsync(LaunchedAssignment launched, RubricTemplate template, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rubric = new LibraryRubric
        {
            RegistrationId = launched.Registration.Id, DeploymentId = launched.Course.DeploymentId, CourseId = launched.Course.Id,
            Scope = ShareScope.Course, OwnerUserId = launched.Assignment.CreatedByUserId, Title = template.Title,
            TemplateKey = template.Key, CreatedAt = now.UtcDateTime,
        };
        db.Rubrics.Add(rubric);
        library.AddVersion(rubric, template.Version with { Number = 1, CreatedAt = now });
        var settings = new AssessmentSettings { AssignmentId = launched.Assignment.Id, RubricId = rubric.Id, VersionNumber = 1 };
        db.AssessmentSettings.Add(settings);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another teacher opened the assignment at the same moment and their copy won the settings key: use theirs.
            db.ChangeTracker.Clear();
            return await db.AssessmentSettings.FirstOrDefaultAsync(s => s.AssignmentId == launched.Assignment.Id, cancellationToken)
                ?? throw new InvalidOperationException("Saving the assignment's rubric copy failed, and no other copy exists.");
        }
        return settings;
    }
}
