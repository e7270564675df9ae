using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Mentoring;

/// <summary>
/// An advisor or coordinator assigns a student's mentors: a person of the LMS, or an outside mentor who gets a signed
/// link; they revoke links and read every use. The student's plan is the way in, so its access rules scope all of it.
/// </summary>
public sealed class StudentMentors(PathwaysDbContext db, TimeProvider clock)
{
    public const int MaxValidDays = 365;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<StudentMentorsView>> ViewAsync(Viewer viewer, Guid planId, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var (plan, subject) = opened.Value;
        var studentName = await db.Users.Where(u => u.Id == plan.StudentUserId).Select(u => u.Name).SingleAsync(cancellationToken);
        var mentorships = await db.Mentorships.AsNoTracking().Where(m => m.RegistrationId == viewer.RegistrationId && m.MenteeSubject == subject)
            .Select(m => new { m.MentorUserId, m.Source, m.Mentor!.Name }).ToListAsync(cancellationToken);
        var outsideUsers = mentorships.Where(m => m.Source == MentorshipSource.Outside).Select(m => m.MentorUserId).ToList();
        var outside = await db.OutsideMentors.AsNoTracking()
            .Where(o => o.RegistrationId == viewer.RegistrationId && o.DeploymentId == viewer.DeploymentId && outsideUsers.Contains(o.UserId))
            .ToListAsync(cancellationToken);
        var outsideIds = outside.Select(o => o.Id).ToList();
        var links = await db.MentorLinks.AsNoTracking().Where(l => outsideIds.Contains(l.OutsideMentorId)).OrderByDescending(l => l.CreatedAt).ToListAsync(cancellationToken);
        var linkIds = links.Select(l => l.Id).ToList();
        // A mentor's link also serves their other mentees, whom this plan's reader may not see.
        var uses = await db.MentorLinkUses.AsNoTracking()
            .Where(u => linkIds.Contains(u.MentorLinkId) && (u.StudentUserId == null || u.StudentUserId == plan.StudentUserId)).OrderByDescending(u => u.At).Take(100)
            .Select(u => new
            {
                u.At, u.What, u.MentorLinkId,
                Student = db.Users.Where(s => s.Id == u.StudentUserId).Select(s => s.Name).SingleOrDefault(),
            }).ToListAsync(cancellationToken);
        var names = mentorships.ToDictionary(m => m.MentorUserId, m => m.Name);
        var mentorOfLink = links.ToDictionary(l => l.Id, l => names[outside.Single(o => o.Id == l.OutsideMentorId).UserId]);
        var notes = await db.MentorNotes.AsNoTracking()
            .Where(n => n.RegistrationId == viewer.RegistrationId && n.DeploymentId == viewer.DeploymentId && n.StudentUserId == plan.StudentUserId)
            .OrderByDescending(n => n.On).ThenByDescending(n => n.WrittenAt)
            .Select(n => new MentorNoteRow(n.On, n.Kind, n.Text, db.Users.Where(u => u.Id == n.MentorUserId).Select(u => u.Name).Single(), n.WrittenAt))
            .ToListAsync(cancellationToken);
        var candidates = await CandidatesAsync(viewer, plan.StudentUserId, mentorships.Select(m => m.MentorUserId).ToList(), cancellationToken);
        return new StudentMentorsView(
            plan.Id, plan.StudentUserId, studentName,
            mentorships.Where(m => m.Source != MentorshipSource.Outside).OrderBy(m => m.Name)
                .Select(m => new InternalMentorRow(m.MentorUserId, m.Name, m.Source == MentorshipSource.LtiClaim)).ToValueList(),
            outside.OrderBy(o => names[o.UserId]).Select(o => new OutsideMentorRow(o.Id, names[o.UserId], o.Email, o.Organisation,
                links.Where(l => l.OutsideMentorId == o.Id).Select(l => new MentorLinkRow(l.Id, l.CreatedAt, l.ExpiresAt, l.RevokedAt, l.IsOpenAt(Now))).ToValueList())).ToValueList(),
            uses.Select(u => new LinkUseRow(u.At, mentorOfLink[u.MentorLinkId], u.Student, u.What)).ToValueList(),
            notes.ToValueList(), candidates);
    }

    /// <summary>Adds an outside mentor (or finds them by e-mail) as the student's mentor, and makes them a new link.</summary>
    public async Task<Outcome<IssuedMentorLink>> AddOutsideAsync(Viewer viewer, Guid planId, OutsideMentorEntry entry, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        if (Check(entry) is { } invalid)
        {
            return invalid;
        }
        var email = entry.Email.Trim().ToLowerInvariant();
        var mentor = await db.OutsideMentors.SingleOrDefaultAsync(
            o => o.RegistrationId == viewer.RegistrationId && o.DeploymentId == viewer.DeploymentId && o.Email == email, cancellationToken);
        if (mentor is null)
        {
            mentor = new OutsideMentor
            {
                RegistrationId = viewer.RegistrationId, DeploymentId = viewer.DeploymentId, Email = email, Organisation = entry.Organisation.Trim(),
                AddedByUserId = viewer.PersonId, AddedAt = Now,
            };
            var person = new LtiUser { RegistrationId = viewer.RegistrationId, Subject = OutsideMentor.SubjectFor(mentor.Id), Name = entry.Name.Trim(), Email = email };
            mentor.UserId = person.Id;
            db.AddRange(person, mentor);
        }
        var (plan, subject) = opened.Value;
        if (!await db.Mentorships.AnyAsync(m => m.RegistrationId == viewer.RegistrationId && m.MentorUserId == mentor.UserId && m.MenteeSubject == subject, cancellationToken))
        {
            db.Mentorships.Add(new Mentorship { RegistrationId = viewer.RegistrationId, MentorUserId = mentor.UserId, MenteeSubject = subject, Source = MentorshipSource.Outside, UpdatedAt = Now });
        }
        var token = MentorLinkSecret.New();
        var link = new MentorLink
        {
            OutsideMentorId = mentor.Id, TokenHash = MentorLinkSecret.Hash(token), CreatedByUserId = viewer.PersonId, CreatedAt = Now,
            ExpiresAt = Now.AddDays(entry.ValidDays),
        };
        db.MentorLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        var name = await db.Users.Where(u => u.Id == mentor.UserId).Select(u => u.Name).SingleAsync(cancellationToken);
        return new IssuedMentorLink(link.Id, token, name, link.ExpiresAt);
    }

    public async Task<Outcome<MentorLinkRow>> RevokeAsync(Viewer viewer, Guid planId, Guid linkId, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var subject = opened.Value.Subject;
        // Only a link of one of this student's outside mentors, at this institution.
        var link = await db.MentorLinks.SingleOrDefaultAsync(l => l.Id == linkId
            && db.OutsideMentors.Any(o => o.Id == l.OutsideMentorId && o.RegistrationId == viewer.RegistrationId && o.DeploymentId == viewer.DeploymentId
                && db.Mentorships.Any(m => m.RegistrationId == viewer.RegistrationId && m.MentorUserId == o.UserId && m.MenteeSubject == subject)), cancellationToken);
        if (link is null)
        {
            return Refusal.NotFound("There is no such link among this student's mentors.");
        }
        if (link.RevokedAt is null)
        {
            (link.RevokedAt, link.RevokedByUserId) = (Now, viewer.PersonId);
            await db.SaveChangesAsync(cancellationToken);
        }
        return new MentorLinkRow(link.Id, link.CreatedAt, link.ExpiresAt, link.RevokedAt, false);
    }

    /// <summary>Makes a person of the advisor's course the student's mentor; launches never end this (it is not from a claim).</summary>
    public async Task<Outcome<string>> AssignInternalAsync(Viewer viewer, Guid planId, Guid mentorUserId, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var (plan, subject) = opened.Value;
        var candidate = (await CandidatesAsync(viewer, plan.StudentUserId, [], cancellationToken)).FirstOrDefault(c => c.UserId == mentorUserId);
        if (candidate is null)
        {
            return Refusal.Invalid("Choose the mentor from the list of your course's people.");
        }
        if (!await db.Mentorships.AnyAsync(m => m.RegistrationId == viewer.RegistrationId && m.MentorUserId == mentorUserId && m.MenteeSubject == subject, cancellationToken))
        {
            db.Mentorships.Add(new Mentorship { RegistrationId = viewer.RegistrationId, MentorUserId = mentorUserId, MenteeSubject = subject, Source = MentorshipSource.Manual, UpdatedAt = Now });
            await db.SaveChangesAsync(cancellationToken);
        }
        return candidate.Name;
    }

    private async Task<ValueList<MentorCandidate>> CandidatesAsync(Viewer viewer, Guid studentUserId, List<Guid> already, CancellationToken cancellationToken)
    {
        if (viewer.CourseId is not { } courseId)
        {
            return [];
        }
        var people = await db.Memberships.AsNoTracking()
            .Where(m => m.CourseId == courseId && m.Active && m.Role != CourseRole.Student && m.UserId != studentUserId && !already.Contains(m.UserId))
            .Select(m => new MentorCandidate(m.UserId, m.User!.Name)).Distinct().ToListAsync(cancellationToken);
        return people.OrderBy(p => p.Name, StringComparer.Ordinal).ToValueList();
    }

    private static Refusal? Check(OutsideMentorEntry entry) => entry switch
    {
        { Name: var name } when string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200 => Refusal.Invalid("Enter the mentor's name (up to 200 characters)."),
        { Email: var email } when !LooksLikeEmail(email.Trim()) => Refusal.Invalid("Enter the mentor's e-mail address, like name@example.org."),
        { Organisation.Length: > 200 } => Refusal.Invalid("Keep the organisation's name to 200 characters."),
        { ValidDays: < 1 or > MaxValidDays } => Refusal.Invalid($"A link works for 1 to {MaxValidDays} days."),
        _ => null,
    };

    private static bool LooksLikeEmail(string email) =>
        email.Length is > 2 and <= 320 && email.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < email.Length - 1 && !email.Any(char.IsWhiteSpace);

    /// <summary>The plan, for its advisors and coordinators only, with the student's <c>sub</c> that mentorships name.</summary>
    private async Task<Outcome<(PathwayPlan Plan, string Subject)>> OpenAsync(Viewer viewer, Guid planId, CancellationToken cancellationToken)
    {
        var opened = await PlanAccess.OpenAsync(db, viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        if (opened.Value.Capacity is not (PlanCapacity.Advisor or PlanCapacity.Coordinator))
        {
            return Refusal.Forbidden("An advisor or coordinator assigns mentors; you may read the plan.");
        }
        var subject = await db.Users.Where(u => u.Id == opened.Value.Plan.StudentUserId).Select(u => u.Subject).SingleAsync(cancellationToken);
        return (opened.Value.Plan, subject);
    }
}
