using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Outcomes;

namespace LtiPathways.PathwayGraphQL.Assignments;

/// <summary>
/// An assignment as a viewer may see it: in their course, on their platform, with their role there, with
/// what their teacher granted them (<see cref="Accommodation"/>) folded into the rules that apply to them, and whose
/// work on it they may read (<see cref="AssignmentLookup"/> decides that once, for every page and file).
/// </summary>
public record AssignmentAccess(
    Assignment Assignment, Course Course, SubmissionPolicy Policy, CourseRole Role, Guid UserId, string Issuer, string? LineItemUrl,
    ReadableStudents Readable, SubmissionAccommodation? Accommodation = null)
{
    public bool IsStaff => Role >= CourseRole.Teacher;

    /// <summary>A mentor reads their mentees' handed-in work and changes nothing.</summary>
    public bool IsMentor => Role == CourseRole.Mentor;

    /// <summary>The types the whole class may submit.</summary>
    public IReadOnlyList<SubmissionType> ClassTypes => TypeChoices.Parse(Assignment.SubmissionTypes);

    /// <summary>The types this person may submit: the class's, plus any their teacher also allowed them.</summary>
    public IReadOnlyList<SubmissionType> AllowedTypes =>
        Accommodation is null ? ClassTypes : ClassTypes.Union(TypeChoices.Parse(Accommodation.ExtraTypes)).ToList();

    /// <summary>
    /// The due date that applies to this person: their own when a teacher gave them a later one, else the class's.
    /// Without a class due date there is nothing to extend, so an accommodation's date never makes one.
    /// </summary>
    public DateTime? DueAt =>
        Assignment.DueAt is { } due && Accommodation?.DueAt is { } own && own > due ? own : Assignment.DueAt;

    public bool HasExtendedDueDate => DueAt != Assignment.DueAt;

    /// <summary>Why this person cannot hand in or change work here, or null for a student.</summary>
    public Refusal? WhyNotSubmitting => Role switch
    {
        CourseRole.Student => null,
        CourseRole.Mentor => Refusal.Forbidden("As a mentor you can read your mentees' submitted work here; only the student can change or submit it."),
        _ => Refusal.Forbidden("Only students submit work; you are signed in as staff here."),
    };

    /// <summary>Why this person may not change the assignment's settings or its students' accommodations, or null for staff.</summary>
    public Refusal? WhyNotChangingSettings =>
        IsStaff ? null : Refusal.Forbidden("Only the course's teachers can change this assignment's settings and accommodations.");

    /// <summary>Why this person may not work on a part of this type here (declined, whatever the reason), or null when they may.</summary>
    public Refusal? RefuseStudentWork(SubmissionType type) =>
        WhyNotSubmitting is { } notSubmitting ? Refusal.Declined(notSubmitting.Sentence)
        : !AllowedTypes.Contains(type) ? Refusal.Declined($"This assignment does not take {TypeChoices.Noun(type)} as a submission.")
        : null;

    /// <summary>Someone else's draft is not handed in yet: only the course's staff may reach it.</summary>
    public bool MayRead(Submission submission) =>
        submission.AssignmentId == Assignment.Id && submission.CourseId == Course.Id && Readable.Includes(submission.StudentUserId)
        && (IsStaff || submission.StudentUserId == UserId || submission.Status != SubmissionStatus.Draft);

    /// <summary>Captions and other additions to a file: its own student or the course's staff, never a mentor.</summary>
    public bool MayChange(Submission submission) => MayRead(submission) && (IsStaff || submission.StudentUserId == UserId);

    /// <summary>The submissions to this assignment the person may read (<see cref="MayRead"/>), as a query.</summary>
    public IQueryable<Submission> ReadableIn(IQueryable<Submission> submissions)
    {
        var here = submissions.Where(s => s.AssignmentId == Assignment.Id && s.CourseId == Course.Id);
        if (Readable.Everyone)
        {
            return here;
        }

        var (students, self) = (Readable.Students.ToList(), UserId);
        return here.Where(s => students.Contains(s.StudentUserId) && (s.StudentUserId == self || s.Status != SubmissionStatus.Draft));
    }
}
