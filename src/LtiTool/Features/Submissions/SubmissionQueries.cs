using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>Reads the submission pages; each query is bounded by an <see cref="AssignmentAccess"/> (course and, for students, themselves).</summary>
public class SubmissionQueries(PathwaysDbContext db, MediaLinks links, TimeProvider clock)
{
    public async Task<StudentSubmissionView> StudentAsync(AssignmentAccess access, string token, CancellationToken cancellationToken)
    {
        var attempts = await db.Submissions().AsNoTracking().Include(s => s.Files)
            .Where(s => s.AssignmentId == access.Assignment.Id && s.CourseId == access.Course.Id && s.StudentUserId == access.UserId)
            .OrderByDescending(s => s.Attempt)
            .ToListAsync(cancellationToken);
        var views = attempts.Select(View).ToList();
        var a = access.Assignment;
        return new StudentSubmissionView(
            a.Id, a.Title, a.Instructions, a.DueAt, SubmissionRules.Deadline(a.DueAt, access.Policy, clock.GetUtcNow().UtcDateTime),
            access.AllowedTypes, access.Policy, attempts.Count(s => s.Status == SubmissionStatus.Submitted),
            views.FirstOrDefault(v => v.Status == SubmissionStatus.Draft), views.Where(v => v.Status != SubmissionStatus.Draft).ToList(), token);
    }

    public async Task<TeacherSubmissionsView> TeacherAsync(AssignmentAccess access, Guid? opened, string token, CancellationToken cancellationToken)
    {
        var handedIn = db.Submissions().AsNoTracking()
            .Where(s => s.AssignmentId == access.Assignment.Id && s.CourseId == access.Course.Id && s.Status != SubmissionStatus.Draft);
        var rows = await handedIn
            .Where(s => s.Attempt == handedIn.Where(o => o.StudentUserId == s.StudentUserId).Max(o => o.Attempt))
            .Join(db.Users, s => s.StudentUserId, u => u.Id, (s, u) => new SubmissionRow(s.Id, u.Name, s.Attempt, s.Status, s.Type, s.SubmittedAt, s.IsLate))
            .ToListAsync(cancellationToken);
        var students = await db.Memberships.AsNoTracking()
            .Where(m => m.CourseId == access.Course.Id && m.Role == PathwayGraphQL.Data.Courses.CourseRole.Student && m.Active)
            .Select(m => m.User!.Name).ToListAsync(cancellationToken);
        rows.AddRange(students.Where(name => rows.All(r => r.StudentName != name))
            .Select(name => new SubmissionRow(Guid.Empty, name, 0, SubmissionStatus.Draft, SubmissionType.Essay, null, false)));
        var one = opened is { } id
            ? await handedIn.Include(s => s.Files).FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            : null;
        return new TeacherSubmissionsView(
            access.Assignment.Id, access.Assignment.Title, access.Assignment.DueAt,
            rows.OrderBy(r => r.StudentName, StringComparer.CurrentCulture).ToList(),
            one is null ? null : rows.FirstOrDefault(r => r.SubmissionId == one.Id)?.StudentName ?? "", one is null ? null : View(one), token);
    }

    private SubmissionView View(Submission s)
    {
        var posters = s.Files.Where(f => f.Role == SubmissionFileRole.Poster).ToDictionary(f => f.DerivedFromFileId ?? Guid.Empty);
        var files = s.Files.Where(f => f.Role == SubmissionFileRole.Original)
            .Select(f => new SubmittedFileView(f.Id, f.OriginalName, f.MediaType, f.Size, links.For(f.Id),
                posters.TryGetValue(f.Id, out var poster) ? links.For(poster.Id) : null))
            .ToList();
        return new SubmissionView(s.Id, s.Attempt, s.Status, s.Type, s.EssayMarkdown, s.EssayHtml, s.WordCount,
            s.LinkUrl, s.LinkTitle, s.LinkDescription, s.SubmittedAt, s.IsLate, files);
    }
}
