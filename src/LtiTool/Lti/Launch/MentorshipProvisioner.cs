using LtiPathways.LtiTool.Lti.Roles;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>
/// Makes a mentor's claim-made mentorships from the launching course equal to the launch's role_scope_mentor list:
/// new mentees are added, mentees the course no longer names are dropped, manual mentorships are left alone.
/// A claim that cannot be read changes nothing and never fails the launch.
/// </summary>
public class MentorshipProvisioner(PathwaysDbContext db, TimeProvider clock, ILogger<MentorshipProvisioner> logger)
{
    /// <summary>Adds the changes to the context; the launch's save commits them with the rest of the launch.</summary>
    public async Task ApplyAsync(
        ValidatedLaunch launch, LtiUser mentor, Course? course, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var claim = launch.Message.RoleScopeMentor;
        if (!LtiRoles.IncludesMentor(roles))
        {
            // LTI Core 1.3 section 5.4.3: the list may only come with the Mentor role.
            if (claim is not null)
            {
                logger.LogWarning("role_scope_mentor ignored for registration {Registration}: the launch's roles do not include Mentor", launch.Registration.Id);
            }

            return;
        }

        if (course is null)
        {
            if (claim is not null)
            {
                logger.LogWarning("role_scope_mentor ignored for registration {Registration}: the launch is outside a course", launch.Registration.Id);
            }

            return;
        }

        var scope = MentorScope.Read(claim);
        if (!scope.IsUsable)
        {
            logger.LogWarning("role_scope_mentor ignored for registration {Registration}: the claim {Problem}; the stored mentees are kept",
                launch.Registration.Id, scope.Problem);
            return;
        }

        if (scope.Truncated)
        {
            logger.LogWarning("role_scope_mentor for registration {Registration} names more than {Max} users; only the first {Max} are kept",
                launch.Registration.Id, MentorScope.MaxSubjects, MentorScope.MaxSubjects);
        }

        await ReplaceAsync(launch.Registration.Id, mentor, course, scope.Subjects, cancellationToken);
    }

    private async Task ReplaceAsync(Guid registrationId, LtiUser mentor, Course course, IReadOnlyList<string> subjects, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Mentorships.Include(m => m.ClaimCourses)
            .Where(m => m.RegistrationId == registrationId && m.MentorUserId == mentor.Id)
            .ToListAsync(cancellationToken);
        var bySubject = existing.ToDictionary(m => m.MenteeSubject, StringComparer.Ordinal);
        foreach (var subject in subjects)
        {
            if (!bySubject.TryGetValue(subject, out var mentorship))
            {
                mentorship = new Mentorship { RegistrationId = registrationId, MentorUserId = mentor.Id, MenteeSubject = subject, Source = MentorshipSource.LtiClaim };
                db.Mentorships.Add(mentorship);
            }

            var seen = mentorship.ClaimCourses.FirstOrDefault(c => c.CourseId == course.Id);
            if (seen is null)
            {
                seen = new MentorshipClaimCourse { MentorshipId = mentorship.Id, CourseId = course.Id };
                mentorship.ClaimCourses.Add(seen);
            }

            seen.SeenAt = now;
            mentorship.UpdatedAt = now;
        }

        var named = subjects.ToHashSet(StringComparer.Ordinal);
        foreach (var mentorship in existing.Where(m => !named.Contains(m.MenteeSubject)))
        {
            if (mentorship.ClaimCourses.FirstOrDefault(c => c.CourseId == course.Id) is not { } dropped)
            {
                continue;
            }

            mentorship.ClaimCourses.Remove(dropped);
            db.MentorshipClaimCourses.Remove(dropped);
            mentorship.UpdatedAt = now;
            if (mentorship.Source == MentorshipSource.LtiClaim && mentorship.ClaimCourses.Count == 0)
            {
                db.Mentorships.Remove(mentorship);
            }
        }
    }
}
