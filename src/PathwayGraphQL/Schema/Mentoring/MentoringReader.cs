using GraphQL.DataLoader;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Mentoring;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.Batching;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

/// <summary>
/// The mentoring of every plan in an answer, read at once: the same rows <see cref="StudentMentors"/> reads for one plan's
/// page (mentors of every source, outside mentors' links, the uses of those links, mentors' notes), in a fixed number of
/// statements whatever the number of plans. It is only given plans a resolver already opened through the core's access
/// rules; it works out the caller's tie to each (<see cref="PlanAccess"/>) so each list shows what the pages show them.
/// </summary>
public sealed class MentoringReader(PathwaysDbContext db, TimeProvider clock)
{
    private BatchLoader<Guid, PlanMentoring>? byStudent;

    public IDataLoaderResult<PlanMentoring?> Of(GraphQLCaller caller, Guid studentUserId) =>
        (byStudent ??= new((students, cancellationToken) => ReadAsync(caller, students, cancellationToken))).Load(studentUserId);

    private async Task<IReadOnlyDictionary<Guid, PlanMentoring>> ReadAsync(GraphQLCaller caller, IReadOnlyCollection<Guid> students, CancellationToken cancellationToken)
    {
        var (registration, deployment) = (caller.Institution.RegistrationId, caller.Institution.DeploymentId);
        var reaches = await ReachesAsync(caller, students, cancellationToken);
        var subjects = await db.Users.AsNoTracking().Where(u => students.Contains(u.Id) && u.RegistrationId == registration)
            .ToDictionaryAsync(u => u.Id, u => u.Subject, cancellationToken);
        var subjectList = subjects.Values.ToList();
        var mentorships = await db.Mentorships.AsNoTracking().Where(m => m.RegistrationId == registration && subjectList.Contains(m.MenteeSubject))
            .Select(m => new { m.MentorUserId, m.MenteeSubject, m.Source, m.Mentor!.Name }).ToListAsync(cancellationToken);
        var mentorIds = mentorships.Select(m => m.MentorUserId).Distinct().ToList();
        var assigned = await db.Mentorships.AsNoTracking().Where(m => m.RegistrationId == registration && mentorIds.Contains(m.MentorUserId))
            .GroupBy(m => m.MentorUserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var outside = await db.OutsideMentors.AsNoTracking()
            .Where(o => o.RegistrationId == registration && o.DeploymentId == deployment && mentorIds.Contains(o.UserId))
            .ToDictionaryAsync(o => o.UserId, cancellationToken);
        var outsideIds = outside.Values.Select(o => o.Id).ToList();
        var links = await db.MentorLinks.AsNoTracking().Where(l => outsideIds.Contains(l.OutsideMentorId)).OrderByDescending(l => l.CreatedAt)
            .ToListAsync(cancellationToken);
        var linkIds = links.Select(l => l.Id).ToList();
        var studentList = students.ToList();
        // A use touching another student of the same mentor is that student's record, not this one's.
        var uses = await db.MentorLinkUses.AsNoTracking()
            .Where(u => linkIds.Contains(u.MentorLinkId) && (u.StudentUserId == null || studentList.Contains(u.StudentUserId.Value)))
            .OrderByDescending(u => u.At).Select(u => new { u.MentorLinkId, u.StudentUserId, u.At, u.What }).ToListAsync(cancellationToken);
        var notes = await db.MentorNotes.AsNoTracking()
            .Where(n => n.RegistrationId == registration && n.DeploymentId == deployment && studentList.Contains(n.StudentUserId))
            .OrderByDescending(n => n.On).ThenByDescending(n => n.WrittenAt)
            .Select(n => new { n.StudentUserId, n.MentorUserId, Row = new MentorNoteRow(n.On, n.Kind, n.Text, db.Users.Where(u => u.Id == n.MentorUserId).Select(u => u.Name).Single(), n.WrittenAt) })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var linksOf = links.ToLookup(l => l.OutsideMentorId, l => new MentorLinkRow(l.Id, l.CreatedAt, l.ExpiresAt, l.RevokedAt, l.IsOpenAt(now)));
        var mentorOfLink = links.ToDictionary(l => l.Id, l => outside.Values.Single(o => o.Id == l.OutsideMentorId).UserId);
        var names = mentorships.DistinctBy(m => m.MentorUserId).ToDictionary(m => m.MentorUserId, m => m.Name);
        var viewer = caller.Person?.PersonId ?? Guid.Empty;
        return reaches.ToDictionary(c => c.Key, c =>
        {
            var subject = subjects.GetValueOrDefault(c.Key);
            var mine = mentorships.Where(m => m.MenteeSubject == subject).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
            var mentors = mine.Select(m => outside.GetValueOrDefault(m.MentorUserId) is { } o && m.Source == MentorshipSource.Outside
                ? new MentorRow(m.MentorUserId, m.Name, MentorKind.Outside, o.Email, o.Organisation, assigned.GetValueOrDefault(m.MentorUserId), [.. linksOf[o.Id]])
                : new MentorRow(m.MentorUserId, m.Name, m.Source == MentorshipSource.LtiClaim ? MentorKind.Lms : MentorKind.Assigned, null, null,
                    assigned.GetValueOrDefault(m.MentorUserId), [])).ToList();
            var mentorUsers = mine.Select(m => m.MentorUserId).ToHashSet();
            var ownUses = uses.Where(u => mentorUsers.Contains(mentorOfLink[u.MentorLinkId]) && (u.StudentUserId is null || u.StudentUserId == c.Key))
                .Select(u => new LinkUseRow(u.At, names[mentorOfLink[u.MentorLinkId]], null, u.What)).ToList();
            var ownNotes = notes.Where(n => n.StudentUserId == c.Key && (c.Value != MentoringReach.Mentor || n.MentorUserId == viewer)).Select(n => n.Row).ToList();
            return new PlanMentoring(c.Value, mentors, ownNotes, ownUses);
        });
    }

    /// <summary>
    /// The caller's reach into each student's mentoring, in three statements at most, by the ties of <see cref="PlanAccess"/>:
    /// an API token, a coordinator and an advisor keep the mentors; a mentor reads their own notes; anyone else, the student
    /// included, only the sign-offs the plan shows.
    /// </summary>
    private async Task<Dictionary<Guid, MentoringReach>> ReachesAsync(GraphQLCaller caller, IReadOnlyCollection<Guid> students, CancellationToken cancellationToken)
    {
        if (caller.Person is not { } person)
        {
            return students.ToDictionary(s => s, _ => MentoringReach.Keeper);
        }
        var coordinator = await PlanAccess.IsCoordinatorAsync(db, person, cancellationToken);
        var advised = coordinator ? [] : (await PlanAccess.AdvisedStudentIds(db, person).Where(s => students.Contains(s)).ToListAsync(cancellationToken)).ToHashSet();
        var mentees = coordinator ? [] : (await PlanAccess.MenteeIds(db, person).Where(s => students.Contains(s)).ToListAsync(cancellationToken)).ToHashSet();
        return students.ToDictionary(s => s, s =>
            s == person.PersonId ? MentoringReach.Student
            : coordinator || advised.Contains(s) ? MentoringReach.Keeper
            : mentees.Contains(s) ? MentoringReach.Mentor
            : MentoringReach.Student);
    }
}
