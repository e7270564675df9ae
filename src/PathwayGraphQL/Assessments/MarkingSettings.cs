using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Assessments;

/// <summary>Reads and saves how an assignment is marked: rubric in advance, self, peer and double marking.</summary>
public class MarkingSettings(PathwaysDbContext db)
{
    public static readonly Refusal NotATeacher = Refusal.Forbidden("Only teachers of this course can change how this assignment is marked.");

    /// <summary>The course's teachers, who may be chosen as second marker.</summary>
    public async Task<IReadOnlyList<MarkerOption>> TeachersAsync(AssessmentScope scope, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking()
            .Where(m => m.CourseId == scope.Launch.Course.Id && m.Role == CourseRole.Teacher && m.Active)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u)
            .OrderBy(u => u.Name).Select(u => new MarkerOption(u.Id, u.Name)).ToListAsync(cancellationToken);

    /// <summary>The scope's settings row is the tracked one AssessedAssignments read, so saving it writes the assignment's row.</summary>
    public async Task<Outcome<AssessmentSettings>> SaveAsync(
        AssessmentScope scope, Viewer teacher, MarkingChoices choices, CancellationToken cancellationToken)
    {
        if (!teacher.IsStaff)
        {
            return NotATeacher;
        }
        if (choices.PeerReviewCount is < 1 or > MarkingChoices.MostReviews)
        {
            return Refusal.Invalid($"Each student reviews between 1 and {MarkingChoices.MostReviews} classmates.");
        }
        if (choices.SecondMarker is { } marker && (await TeachersAsync(scope, cancellationToken)).All(t => t.UserId != marker))
        {
            return Refusal.Invalid("The second marker must be one of this course's teachers.");
        }
        var settings = scope.Settings;
        settings.ShowRubricToStudents = choices.ShowRubric;
        settings.SelfAssessment = choices.SelfAssessment;
        settings.PeerAssessment = choices.PeerAssessment;
        settings.PeerReviewCount = choices.PeerReviewCount;
        settings.DoubleMarking = choices.DoubleMarking;
        settings.SecondMarkerUserId = choices.DoubleMarking ? choices.SecondMarker : null;
        await db.SaveChangesAsync(cancellationToken);
        return settings;
    }
}
