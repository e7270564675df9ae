using LtiPathways.LtiTool.Features.Submissions.Accommodations;
using LtiPathways.LtiTool.Features.Submissions.ClassList;
using LtiPathways.LtiTool.Features.Submissions.Playback;
using LtiPathways.LtiTool.Features.Submissions.StudentWork;
using LtiPathways.LtiTool.Features.Submissions.Uploads;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>Reads the submission pages; each query is bounded by an <see cref="AssignmentAccess"/> (its course, and whose work it may read).</summary>
public class SubmissionQueries(PathwaysDbContext db, SubmittedFileViews fileViews, IOptions<UploadOptions> uploads, RubricCriteria criteria, TimeProvider clock,
    SubmissionWords words)
{
    public async Task<StudentSubmissionView> StudentAsync(AssignmentAccess access, string token, CancellationToken cancellationToken)
    {
        var attempts = await db.Submissions.AsNoTracking().Include(s => s.Files)
            .Where(s => s.AssignmentId == access.Assignment.Id && s.CourseId == access.Course.Id && s.StudentUserId == access.UserId)
            .OrderByDescending(s => s.Attempt)
            .ToListAsync(cancellationToken);
        var media = await MediaAsync(attempts, cancellationToken);
        var views = attempts.Select(s => View(s, media)).ToList();
        var a = access.Assignment;
        return new StudentSubmissionView(
            a.Id, a.Title, a.Instructions, access.DueAt, SubmissionRules.Deadline(access.DueAt, access.Policy, clock.GetUtcNow().UtcDateTime),
            access.AllowedTypes, access.Policy, attempts.Count(s => s.Status == SubmissionStatus.Submitted),
            views.FirstOrDefault(v => v.Status == SubmissionStatus.Draft), views.Where(v => v.Status != SubmissionStatus.Draft).ToList(), token,
            PolicySummary.Describe(access, uploads.Value.MaxBytes, words), AccommodationText.ForStudent(access, words),
            await db.Users.AsNoTracking().Where(u => u.Id == access.UserId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? "");
    }

    /// <summary>The work of the students the access may read (a teacher's class, a mentor's mentees), latest handed-in attempt each.</summary>
    public async Task<SubmissionListView> ListAsync(AssignmentAccess access, Guid? opened, string token, CancellationToken cancellationToken)
    {
        var handedIn = access.ReadableIn(db.Submissions.AsNoTracking()).Where(s => s.Status != SubmissionStatus.Draft);
        var rows = (await handedIn
            .Where(s => s.Attempt == handedIn.Where(o => o.StudentUserId == s.StudentUserId).Max(o => o.Attempt))
            .Join(db.Users, s => s.StudentUserId, u => u.Id, (s, u) => new
            {
                s.Id, s.StudentUserId, u.Name, s.Attempt, s.Status, s.SubmittedAt, s.IsLate,
                Essay = !string.IsNullOrWhiteSpace(s.EssayMarkdown), Link = s.LinkUrl != null,
                Files = s.Files.Where(f => f.Role == SubmissionFileRole.Original).Select(f => f.Part).ToList(),
            })
            .ToListAsync(cancellationToken))
            .Select(r => new SubmissionRow(
                r.Id, r.StudentUserId, r.Name, r.Attempt, r.Status, SubmissionParts.Of(r.Essay, r.Link, r.Files), r.SubmittedAt, r.IsLate, null))
            .ToList();
        var students = await db.Memberships.AsNoTracking()
            .Where(m => m.CourseId == access.Course.Id && m.Role == CourseRole.Student && m.Active)
            .Select(m => new { m.UserId, m.User!.Name }).ToListAsync(cancellationToken);
        rows.AddRange(students.Where(student => access.Readable.Includes(student.UserId) && rows.All(r => r.StudentUserId != student.UserId))
            .Select(student => new SubmissionRow(Guid.Empty, student.UserId, student.Name, 0, SubmissionStatus.Draft, [], null, false, null)));
        // What a teacher granted a student stays between them and the course's staff.
        var staff = access.IsStaff;
        var granted = await db.SubmissionAccommodations.AsNoTracking()
            .Where(g => staff && g.AssignmentId == access.Assignment.Id && g.CourseId == access.Course.Id)
            .ToDictionaryAsync(g => g.StudentUserId, cancellationToken);
        rows = rows.Select(r => granted.GetValueOrDefault(r.StudentUserId) is { } g
            ? r with { Accommodation = AccommodationText.ForStaff(g, access.Assignment.DueAt, access.ClassTypes) }
            : r).ToList();
        var one = opened is { } id
            ? await handedIn.Include(s => s.Files).FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            : null;
        var media = one is null ? null : await MediaAsync([one], cancellationToken);
        return new SubmissionListView(
            access.Assignment.Id, access.Assignment.Title, access.Assignment.DueAt,
            // Handed-in work first: a class list of a hundred names should not hide the few who submitted.
            rows.OrderBy(r => r.SubmissionId == Guid.Empty).ThenBy(r => r.StudentName, StringComparer.CurrentCulture).ToList(),
            one is null ? null : rows.FirstOrDefault(r => r.SubmissionId == one.Id)?.StudentName ?? "", one is null ? null : View(one, media!), token,
            ReadOnly: !access.IsStaff,
            Criteria: one is not null && access.IsStaff ? await criteria.OfAsync(access.Assignment, cancellationToken) : []);
    }

    private static SubmissionView View(Submission s, IReadOnlyDictionary<Guid, SubmittedFileView> media) =>
        new(s.Id, s.Attempt, s.Status, SubmissionParts.Of(s), s.EssayMarkdown, s.EssayHtml, s.WordCount,
            s.LinkUrl, s.LinkTitle, s.LinkDescription, s.SubmittedAt, s.IsLate,
            s.Files.Where(f => f.Role == SubmissionFileRole.Original).Select(f => media[f.Id]).ToList());

    private Task<IReadOnlyDictionary<Guid, SubmittedFileView>> MediaAsync(IReadOnlyList<Submission> submissions, CancellationToken cancellationToken) =>
        fileViews.ForAsync(submissions.SelectMany(s => s.Files).ToList(), cancellationToken);

}
