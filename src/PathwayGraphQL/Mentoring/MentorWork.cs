using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Mentoring;

/// <summary>
/// What a mentor does for a mentee, inside the LMS or through a signed link alike: read the mentoring part of the plan,
/// log and confirm hours, sign off milestones (each a new plan version saved as them), and keep a meeting log. Each
/// success answers with the sentence of what was done, which a signed link's record of uses keeps.
/// </summary>
public sealed class MentorWork(PathwaysDbContext db, TimeProvider clock)
{
    public static readonly Refusal NotYourMentee = Refusal.NotFound("There is no such student among your mentees.");

    private static readonly RequirementKind[] HourKinds = [RequirementKind.HourTarget, RequirementKind.HourRange, RequirementKind.ReflectedActivities];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Outcome<MenteeView>> ViewAsync(Viewer viewer, Guid studentUserId, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(viewer, studentUserId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var (name, plan) = opened.Value;
        var notes = await db.MentorNotes.AsNoTracking()
            .Where(n => n.RegistrationId == viewer.RegistrationId && n.DeploymentId == viewer.DeploymentId && n.StudentUserId == studentUserId && n.MentorUserId == viewer.PersonId)
            .OrderByDescending(n => n.On).ThenByDescending(n => n.WrittenAt)
            .Select(n => new MentorNoteRow(n.On, n.Kind, n.Text, db.Users.Where(u => u.Id == n.MentorUserId).Select(u => u.Name).Single(), n.WrittenAt))
            .ToListAsync(cancellationToken);
        if (plan is null)
        {
            return new MenteeView(studentUserId, name, null, [], [], [], notes.ToValueList());
        }
        var snapshot = await PlanVersions.SnapshotAsync(db, plan, plan.CurrentVersion, cancellationToken);
        var template = await PlanTemplates.OfAsync(db, plan, cancellationToken);
        var evaluation = (await PlanInputs.OfAsync(db, plan, snapshot.Document, cancellationToken)).Evaluate(template, snapshot.Document, Today);
        var hourKeys = template.Requirements.Where(r => HourKinds.Contains(r.Kind)).Select(r => r.Key).ToHashSet();
        return new MenteeView(studentUserId, name, plan.CurrentVersion,
            snapshot.Document.Hours.OrderByDescending(h => h.Date).ToValueList(), snapshot.Document.Milestones.OrderBy(m => m.Due).ToValueList(),
            evaluation.Requirements.Where(r => hourKeys.Contains(r.Key)).ToValueList(), notes.ToValueList());
    }

    public Task<Outcome<string>> LogHoursAsync(Viewer viewer, Guid studentUserId, HourEntry entry, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, studentUserId, (document, signOff) =>
        {
            var log = new HourLog(Guid.NewGuid(), entry.Date, entry.Hours, entry.Kind, Trimmed(entry.Activity), signOff.Name, signOff);
            var hours = document.Hours.Append(log).ToValueList();
            var problem = Pathways.Validation.HourLogRules.Check(hours, Today).FirstOrDefault(p => p.Path?.StartsWith($"hours[{hours.Count - 1}]", StringComparison.Ordinal) == true);
            return problem is not null
                ? Refusal.Invalid(problem.Message)
                : (document with { Hours = hours }, $"Logged and confirmed {Wording.Hours(entry.Hours)} hours of {entry.Kind.Describe()} on {Moment(entry.Date)}.");
        }, cancellationToken);

    public Task<Outcome<string>> ConfirmHoursAsync(Viewer viewer, Guid studentUserId, Guid hourLogId, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, studentUserId, (document, signOff) => document.Hours.FirstOrDefault(h => h.Id == hourLogId) switch
        {
            null => Refusal.NotFound("These hours are not in the plan any more; open the plan again."),
            { Confirmed: { } earlier } => Refusal.Conflict($"{earlier.Name} already confirmed these hours."),
            { } log => (document with { Hours = document.Hours.Select(h => h.Id == hourLogId ? h with { Confirmed = signOff } : h).ToValueList() },
                $"Confirmed {Wording.Hours(log.Hours)} hours of {log.Kind.Describe()} on {Moment(log.Date)}."),
        }, cancellationToken);

    public Task<Outcome<string>> SignOffMilestoneAsync(Viewer viewer, Guid studentUserId, Guid milestoneId, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, studentUserId, (document, signOff) => document.Milestones.FirstOrDefault(m => m.Id == milestoneId) switch
        {
            null => Refusal.NotFound("This milestone is not in the plan any more; open the plan again."),
            { SignedOff: { } earlier } => Refusal.Conflict($"{earlier.Name} already signed off this milestone."),
            { } milestone => (document with
            {
                Milestones = document.Milestones.Select(m => m.Id == milestoneId ? m with { CompletedOn = m.CompletedOn ?? Today, SignedOff = signOff } : m).ToValueList(),
            }, $"Signed off the milestone \u201c{milestone.Title}\u201d."),
        }, cancellationToken);

    public async Task<Outcome<string>> AddNoteAsync(
        Viewer viewer, Guid studentUserId, MentorNoteKind kind, DateOnly on, string text, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(viewer, studentUserId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        text = text.Trim();
        if (text.Length is 0 or > 4000)
        {
            return Refusal.Invalid("Write the note in 1 to 4,000 characters.");
        }
        if (on > Today)
        {
            return Refusal.Invalid("The note's day is still to come; write it on or after the day.");
        }
        db.MentorNotes.Add(new MentorNote
        {
            RegistrationId = viewer.RegistrationId, DeploymentId = viewer.DeploymentId, StudentUserId = studentUserId, MentorUserId = viewer.PersonId,
            Kind = kind, On = on, Text = text, WrittenAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return kind == MentorNoteKind.Meeting ? $"Added a meeting on {Moment(on)} to the log." : $"Added a progress note for {Moment(on)}.";
    }

    private async Task<Outcome<string>> ChangeAsync(
        Viewer viewer, Guid studentUserId, Func<PlanDocument, MentorSignOff, Outcome<(PlanDocument Document, string Done)>> change, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(viewer, studentUserId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        if (opened.Value.Plan is not { } plan)
        {
            return Refusal.Declined($"{opened.Value.Name} has not started a plan yet; there is nothing to sign off.");
        }
        var current = await PlanVersions.SnapshotAsync(db, plan, plan.CurrentVersion, cancellationToken);
        var name = await db.Users.Where(u => u.Id == viewer.PersonId).Select(u => u.Name).SingleAsync(cancellationToken);
        var changed = change(current.Document, new MentorSignOff(viewer.PersonId, name, clock.GetUtcNow()));
        if (!changed.Succeeded)
        {
            return changed.Refusal;
        }
        var saved = await new PlanWriter(db, clock).CommitAsync(plan, plan.CurrentVersion, changed.Value.Document, viewer.PersonId, cancellationToken);
        return saved is PlanSaveResult.Saved
            ? changed.Value.Done
            : Refusal.Conflict("The plan changed at this very moment, so nothing was saved; open it again and repeat.");
    }

    /// <summary>The student, if the viewer mentors them (any source), with their plan at the viewer's institution, if started.</summary>
    private async Task<Outcome<(string Name, PathwayPlan? Plan)>> OpenAsync(Viewer viewer, Guid studentUserId, CancellationToken cancellationToken)
    {
        var student = await db.Users.AsNoTracking().Where(u => u.Id == studentUserId && u.RegistrationId == viewer.RegistrationId)
            .Select(u => new { u.Subject, u.Name }).SingleOrDefaultAsync(cancellationToken);
        if (student is null || !await db.Mentorships.AnyAsync(
                m => m.RegistrationId == viewer.RegistrationId && m.MentorUserId == viewer.PersonId && m.MenteeSubject == student.Subject, cancellationToken))
        {
            return NotYourMentee;
        }
        var plan = await db.Plans.SingleOrDefaultAsync(
            p => p.RegistrationId == viewer.RegistrationId && p.DeploymentId == viewer.DeploymentId && p.StudentUserId == studentUserId, cancellationToken);
        return (student.Name, plan);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Moment(DateOnly day) => day.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
