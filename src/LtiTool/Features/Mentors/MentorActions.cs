using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Mentoring;
using LtiPathways.PathwayGraphQL.Outcomes;

namespace LtiPathways.LtiTool.Features.Mentors;

/// <summary>
/// Each mentoring form read and done as the viewer, one method per form; the LMS page and the signed link answer the
/// outcome each in their own way. A form that cannot be read is refused with its first problem.
/// </summary>
public sealed class MentorActions(MentorWork work)
{
    public async Task<Outcome<string>> LogHoursAsync(Viewer viewer, Guid studentId, IFormCollection form, CancellationToken cancellationToken)
    {
        var (entry, errors) = MentorForms.Hours(form);
        return errors.Count > 0 ? Refusal.Invalid(errors[0].Sentence) : await work.LogHoursAsync(viewer, studentId, entry, cancellationToken);
    }

    public Task<Outcome<string>> ConfirmHoursAsync(Viewer viewer, Guid studentId, Guid hourId, CancellationToken cancellationToken) =>
        work.ConfirmHoursAsync(viewer, studentId, hourId, cancellationToken);

    public Task<Outcome<string>> SignOffMilestoneAsync(Viewer viewer, Guid studentId, Guid milestoneId, CancellationToken cancellationToken) =>
        work.SignOffMilestoneAsync(viewer, studentId, milestoneId, cancellationToken);

    public async Task<Outcome<string>> AddNoteAsync(Viewer viewer, Guid studentId, IFormCollection form, CancellationToken cancellationToken)
    {
        var (kind, on, text, errors) = MentorForms.Note(form);
        return errors.Count > 0 ? Refusal.Invalid(errors[0].Sentence) : await work.AddNoteAsync(viewer, studentId, kind, on, text, cancellationToken);
    }
}
