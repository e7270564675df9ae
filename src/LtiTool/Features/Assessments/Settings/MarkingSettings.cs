using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments.Settings;

/// <summary>Reads and saves how an assignment is marked: rubric in advance, self, peer and double marking.</summary>
public class MarkingSettings(PathwaysDbContext db)
{
    public async Task<IReadOnlyList<MarkerOption>> TeachersAsync(AssessmentScope scope, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking()
            .Where(m => m.CourseId == scope.Launch.Course.Id && m.Role == CourseRole.Teacher && m.Active)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u)
            .OrderBy(u => u.Name).Select(u => new MarkerOption(u.Id, u.Name)).ToListAsync(cancellationToken);

    public async Task<SettingsView> ViewAsync(AssessmentScope scope, string token, CancellationToken cancellationToken) => new(
        scope.Launch.Course.Title, scope.Launch.Assignment.Title, scope.Rubric.Title, scope.Settings,
        await TeachersAsync(scope, cancellationToken), token);

    /// <summary>The scope's settings row is the tracked one RubricLibrary read, so saving it writes the assignment's row.</summary>
    public async Task SaveAsync(AssessmentScope scope, SettingsForm form, CancellationToken cancellationToken)
    {
        var settings = scope.Settings;
        settings.ShowRubricToStudents = form.ShowRubric;
        settings.SelfAssessment = form.SelfAssessment;
        settings.PeerAssessment = form.PeerAssessment;
        settings.PeerReviewCount = form.PeerReviewCount;
        settings.DoubleMarking = form.DoubleMarking;
        settings.SecondMarkerUserId = form.SecondMarker;
        await db.SaveChangesAsync(cancellationToken);
    }
}
