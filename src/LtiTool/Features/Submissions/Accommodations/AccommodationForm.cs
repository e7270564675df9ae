using LtiPathways.LtiTool.Features.Submissions.Settings;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions.Accommodations;

/// <summary>One student's accommodation as the teacher typed it (kept as text, so a refused form shows what was typed).</summary>
public record AccommodationForm(string Student, string DueAt, IReadOnlyList<string> ExtraTypes, string Note)
{
    public static readonly AccommodationForm Blank = new("", "", [], "");

    public static AccommodationForm Read(IFormCollection form) => new(
        form["student"].ToString().Trim(),
        form["extended_due_at"].ToString().Trim(),
        form["extra_types"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList(),
        form["note"].ToString().Trim());

    public static AccommodationForm From(SubmissionAccommodation accommodation) => new(
        accommodation.StudentUserId.ToString(), DateField.Format(accommodation.DueAt),
        TypeChoices.Parse(accommodation.ExtraTypes).Select(TypeChoices.ValueOf).ToList(), accommodation.Note);

    public Guid? StudentId => Guid.TryParse(Student, out var id) ? id : null;

    public DateTime? DueAtValue => DateField.Parse(DueAt);

    /// <summary>The grant a valid form means (<see cref="Validate"/> first).</summary>
    public AccommodationGrant ToGrant() => new(StudentId!.Value, DueAtValue, TypeChoices.Parse(TypeChoices.Format(ExtraTypes)), Note);

    /// <param name="students">The course's class list; a student id from anywhere else is refused.</param>
    public IReadOnlyList<FormError> Validate(AssignmentAccess access, IReadOnlyList<StudentOption> students)
    {
        var errors = new List<FormError>();
        if (Student.Length == 0)
        {
            errors.Add(new("student", "Choose a student from the class list."));
        }
        else if (StudentId is not { } id || students.All(s => s.UserId != id))
        {
            errors.Add(new("student", "That student is not on this course's class list; choose one from the list."));
        }

        if (DueAt.Length > 0)
        {
            var problem = DueAtValue is not { } own ? "Enter the student's due date as a date and time, or leave it empty."
                : access.Assignment.DueAt is not { } due ? "This assignment has no due date, so there is no deadline to extend; leave the date empty."
                : own <= due ? $"The student's due date must be after the class's ({DateField.Show(due)})."
                : null;
            if (problem is not null)
            {
                errors.Add(new("extended_due_at", problem));
            }
        }

        var classTypes = access.ClassTypes.Select(TypeChoices.ValueOf).ToList();
        if (!ExtraTypes.All(TypeChoices.IsKnown))
        {
            errors.Add(new("extra-types", "Choose extra ways to submit from the list."));
        }
        else if (ExtraTypes.FirstOrDefault(classTypes.Contains) is { } open)
        {
            errors.Add(new("extra-types", $"{TypeChoices.All.First(c => c.Value == open).Label} is already open to the whole class."));
        }

        if (DueAt.Length == 0 && ExtraTypes.Count == 0)
        {
            errors.Add(new("extended_due_at", "Give the student a later due date, another way to submit, or both."));
        }

        if (Note.Length > SubmissionAccommodationConfiguration.MaxNote)
        {
            errors.Add(new("note", $"Keep the note under {SubmissionAccommodationConfiguration.MaxNote} characters."));
        }

        return errors;
    }
}
