using LtiPathways.LtiTool.Features.Submissions.Settings;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions.Accommodations;

/// <summary>Reads the accommodations page: the class list and what students were granted, bounded by the access's course (<see cref="AccommodationGrants"/> changes them).</summary>
public class StudentAccommodations(PathwaysDbContext db)
{
    /// <summary>The class list from the roster (students who never launched included), by name.</summary>
    public async Task<IReadOnlyList<StudentOption>> StudentsAsync(AssignmentAccess access, CancellationToken cancellationToken)
    {
        var students = await db.Memberships.AsNoTracking()
            .Where(m => m.CourseId == access.Course.Id && m.Role == CourseRole.Student && m.Active)
            .Select(m => new { m.UserId, m.User!.Name, m.User.Email })
            .ToListAsync(cancellationToken);
        var shared = students.GroupBy(s => s.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return students
            .OrderBy(s => s.Name, StringComparer.CurrentCulture)
            .Select(s => new StudentOption(s.UserId, s.Name, shared.Contains(s.Name) && s.Email is { } email ? $"{s.Name} ({email})" : s.Name))
            .ToList();
    }

    public async Task<IReadOnlyList<AccommodationRow>> ListAsync(AssignmentAccess access, CancellationToken cancellationToken)
    {
        var granted = await Of(access).AsNoTracking()
            .Join(db.Users, a => a.StudentUserId, u => u.Id, (a, u) => new { Accommodation = a, Student = u.Name })
            .Join(db.Users, x => x.Accommodation.SetByUserId, u => u.Id, (x, u) => new { x.Accommodation, x.Student, SetBy = u.Name })
            .ToListAsync(cancellationToken);
        return granted
            .OrderBy(x => x.Student, StringComparer.CurrentCulture)
            .Select(x => new AccommodationRow(
                x.Accommodation.StudentUserId, x.Student, AccommodationText.ForStaff(x.Accommodation, access.Assignment.DueAt, access.ClassTypes),
                x.Accommodation.Note, x.SetBy, x.Accommodation.SetAt))
            .ToList();
    }

    public Task<SubmissionAccommodation?> FindAsync(AssignmentAccess access, Guid studentUserId, CancellationToken cancellationToken) =>
        Of(access).AsNoTracking().FirstOrDefaultAsync(a => a.StudentUserId == studentUserId, cancellationToken);

    private IQueryable<SubmissionAccommodation> Of(AssignmentAccess access) =>
        db.SubmissionAccommodations.Where(a => a.AssignmentId == access.Assignment.Id && a.CourseId == access.Course.Id);
}
