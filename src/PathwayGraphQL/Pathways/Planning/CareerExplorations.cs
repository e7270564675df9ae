using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// A student's career exploration, kept per institution like their plan: answers saved as they go (partial is fine, so
/// they can stop and continue), skills rated, pathways held side by side. Others read it by the plan's access rules.
/// </summary>
public sealed class CareerExplorations(PathwaysDbContext db, TimeProvider clock)
{
    public static readonly Refusal NoSuchStudent = Refusal.NotFound("There are no career results for that student, or they are not yours to see.");

    private static readonly Refusal StudentsOnly = Refusal.Forbidden("Career exploration is for students: open it from your course as a student.");

    public async Task<CareerExplorationState> OwnAsync(Viewer viewer, CancellationToken cancellationToken = default) =>
        CareerExplorationJson.Read(await RowOf(viewer, viewer.PersonId).AsNoTracking().SingleOrDefaultAsync(cancellationToken));

    /// <summary>Someone's exploration, read-only, for those who may see that student's plan (<see cref="PlanAccess"/>).</summary>
    public async Task<Outcome<StudentExploration>> OfStudentAsync(Viewer viewer, Guid studentUserId, CancellationToken cancellationToken = default)
    {
        var name = await db.Users.Where(u => u.Id == studentUserId && u.RegistrationId == viewer.RegistrationId)
            .Select(u => u.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null || await PlanAccess.CapacityAsync(db, viewer, studentUserId, cancellationToken) is not { } capacity)
        {
            return NoSuchStudent;
        }
        var row = await RowOf(viewer, studentUserId).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return new StudentExploration(studentUserId, name, capacity, CareerExplorationJson.Read(row));
    }

    /// <summary>Stores the answers given, keeping earlier answers to the others; unanswered activities are simply not there yet.</summary>
    public Task<Outcome<CareerExplorationState>> SaveAnswersAsync(Viewer viewer, IReadOnlyCollection<InterestAnswer> answers, CancellationToken cancellationToken = default)
    {
        var items = InterestInventory.Standard.Items;
        var unknown = answers.FirstOrDefault(a => items.All(i => !string.Equals(i.Id, a.ItemId, StringComparison.OrdinalIgnoreCase)));
        var outOfRange = answers.FirstOrDefault(a => !Enum.IsDefined(a.Liking));
        Refusal? refusal = unknown is not null ? Refusal.Invalid($"There is no activity {unknown.ItemId} in the interest inventory.")
            : outOfRange is not null ? Refusal.Invalid($"Answers run from 1 (dislike a lot) to 5 (like a lot); activity {outOfRange.ItemId} has {(int)outOfRange.Liking}.")
            : null;
        return refusal is not null ? Task.FromResult<Outcome<CareerExplorationState>>(refusal) : ChangeAsync(viewer, state => state with
        {
            Answers = items.Select(i => answers.LastOrDefault(a => string.Equals(a.ItemId, i.Id, StringComparison.OrdinalIgnoreCase)) is { } given
                ? new InterestAnswer(i.Id, given.Liking)
                : state.Answers.FirstOrDefault(a => string.Equals(a.ItemId, i.Id, StringComparison.OrdinalIgnoreCase))).OfType<InterestAnswer>().ToValueList(),
        }, cancellationToken);
    }

    public Task<Outcome<CareerExplorationState>> SaveRatingsAsync(Viewer viewer, IReadOnlyCollection<SkillRating> ratings, CancellationToken cancellationToken = default)
    {
        var skills = SkillsSelfAssessment.Standard.Skills;
        var unknown = ratings.FirstOrDefault(r => skills.All(s => !string.Equals(s.Id, r.SkillId, StringComparison.OrdinalIgnoreCase)));
        var outOfRange = ratings.FirstOrDefault(r => !Enum.IsDefined(r.Level));
        Refusal? refusal = unknown is not null ? Refusal.Invalid($"There is no skill “{unknown.SkillId}” in the self-assessment.")
            : outOfRange is not null ? Refusal.Invalid($"Ratings run from 1 (starting) to 4 (confident); {outOfRange.SkillId} has {(int)outOfRange.Level}.")
            : null;
        return refusal is not null ? Task.FromResult<Outcome<CareerExplorationState>>(refusal) : ChangeAsync(viewer, state => state with
        {
            Ratings = skills.Select(s => ratings.LastOrDefault(r => string.Equals(r.SkillId, s.Id, StringComparison.OrdinalIgnoreCase)) is { } given
                ? new SkillRating(s.Id, given.Level)
                : state.Ratings.FirstOrDefault(r => string.Equals(r.SkillId, s.Id, StringComparison.OrdinalIgnoreCase))).OfType<SkillRating>().ToValueList(),
        }, cancellationToken);
    }

    /// <summary>Holds a catalogue pathway to compare, up to <see cref="PathwayAlternatives.Most"/>; holding one again changes nothing.</summary>
    public Task<Outcome<CareerExplorationState>> HoldAsync(Viewer viewer, string cluster, string pathway, CancellationToken cancellationToken = default)
    {
        if (CareerCatalogue.Shipped.FindCluster(cluster) is not { } found || found.FindPathway(pathway) is not { } chosen)
        {
            return Task.FromResult<Outcome<CareerExplorationState>>(Refusal.Invalid($"There is no pathway “{pathway}” in the cluster “{cluster}”."));
        }
        return ChangeAsync(viewer, state => state.Holds(found.Name, chosen.Name) ? state
            : state.Held.Count >= PathwayAlternatives.Most
                ? Refusal.Invalid($"You are comparing {PathwayAlternatives.Most} pathways already; remove one before adding {chosen.Name}.")
                : state with { Held = [.. state.Held, new CareerChoice(found.Name, chosen.Name)] }, cancellationToken);
    }

    public Task<Outcome<CareerExplorationState>> ReleaseAsync(Viewer viewer, string cluster, string pathway, CancellationToken cancellationToken = default) =>
        ChangeAsync(viewer, state => state.Holds(cluster, pathway)
            ? state with { Held = state.Held.Where(h => !CareerExplorationState.Same(h, cluster, pathway)).ToValueList() }
            : Refusal.NotFound($"You are not comparing “{pathway}”, so there is nothing to remove."), cancellationToken);

    private async Task<Outcome<CareerExplorationState>> ChangeAsync(
        Viewer viewer, Func<CareerExplorationState, Outcome<CareerExplorationState>> change, CancellationToken cancellationToken, bool retried = false)
    {
        if (viewer.Role != CourseRole.Student)
        {
            return StudentsOnly;
        }
        var row = await RowOf(viewer, viewer.PersonId).SingleOrDefaultAsync(cancellationToken);
        var changed = change(CareerExplorationJson.Read(row));
        if (!changed.Succeeded)
        {
            return changed;
        }
        if (row is null)
        {
            row = new CareerExploration { RegistrationId = viewer.RegistrationId, DeploymentId = viewer.DeploymentId, StudentUserId = viewer.PersonId };
            db.CareerExplorations.Add(row);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        CareerExplorationJson.Write(row, changed.Value);
        var code = changed.Value.Interests.Value?.Code.ToString();
        (row.InterestsCompletedAt, row.InterestCode, row.UpdatedAt) = (code is null ? null : row.InterestsCompletedAt ?? now, code, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (!retried && db.Entry(row).State == EntityState.Added)
        {
            // Two first saves at once (two tabs): the unique index keeps one row; apply this change to it.
            db.ChangeTracker.Clear();
            return await ChangeAsync(viewer, change, cancellationToken, retried: true);
        }
        return changed;
    }

    private IQueryable<CareerExploration> RowOf(Viewer viewer, Guid studentUserId) =>
        db.CareerExplorations.Where(e => e.RegistrationId == viewer.RegistrationId && e.DeploymentId == viewer.DeploymentId && e.StudentUserId == studentUserId);
}
