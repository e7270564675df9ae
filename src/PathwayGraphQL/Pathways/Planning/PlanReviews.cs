using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.ApiTokens;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Api;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>What others do to a student's plan: sign a version, comment, and (coordinators) waive a requirement.</summary>
public sealed class PlanReviews(PathwaysDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome<SignOff>> SignOffAsync(
        Viewer viewer, Guid planId, int versionNumber, SignOffRole role, string? typedName = null, CancellationToken cancellationToken = default)
    {
        var opened = await PlanAccess.OpenAsync(db, viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var (plan, capacity) = opened.Value;
        if (!SignOffRules.MaySign(capacity, role))
        {
            return Refusal.Forbidden(SignOffRules.WhyNot(capacity));
        }
        if (versionNumber != plan.CurrentVersion)
        {
            return Refusal.Conflict($"You are signing version {versionNumber}, but the plan is at version {plan.CurrentVersion} now; read it and sign that.");
        }
        var typed = SignOffRules.SignsForSomeoneElse(capacity, role);
        if (typed && string.IsNullOrWhiteSpace(typedName))
        {
            return Refusal.Invalid("Type the parent's or guardian's name as they sign.");
        }
        Guid? person = typed ? null : viewer.PersonId;
        var name = typed ? typedName!.Trim() : await NameOfAsync(viewer.PersonId, cancellationToken);
        var existing = await db.PlanSignOffs.FirstOrDefaultAsync(
            s => s.PlanId == plan.Id && s.VersionNumber == versionNumber && s.Role == role && s.PersonUserId == person && s.Name == name, cancellationToken);
        if (existing is null)
        {
            existing = new PlanSignOff { PlanId = plan.Id, VersionNumber = versionNumber, Role = role, PersonUserId = person, Name = name, SignedAt = Now };
            db.PlanSignOffs.Add(existing);
            await db.SaveChangesAsync(cancellationToken);
        }
        return new SignOff(existing.VersionNumber, existing.Role, existing.PersonUserId, existing.Name, new DateTimeOffset(existing.SignedAt));
    }

    public async Task<Outcome<PlanNote>> CommentAsync(Viewer viewer, Guid planId, string text, CancellationToken cancellationToken = default)
    {
        var opened = await PlanAccess.OpenAsync(db, viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var (plan, capacity) = opened.Value;
        if (capacity == PlanCapacity.Mentor)
        {
            return Refusal.Forbidden("Mentors read plans and sign them; comments come from the student, advisors and coordinators.");
        }
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 4000)
        {
            return Refusal.Invalid("Write a comment of up to 4000 characters.");
        }
        var comment = new PlanComment { PlanId = plan.Id, VersionNumber = plan.CurrentVersion, AuthorUserId = viewer.PersonId, Text = text.Trim(), CreatedAt = Now };
        db.PlanComments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return new PlanNote(comment.Id, comment.VersionNumber, viewer.PersonId, await NameOfAsync(viewer.PersonId, cancellationToken), comment.Text, comment.CreatedAt);
    }

    /// <summary>A coordinator waives one requirement for this student; the waiver is a new version, so the history keeps it.</summary>
    public async Task<Outcome<PlanSaveResult>> WaiveAsync(
        Viewer viewer, Guid planId, int baseVersion, string requirementKey, string reason, CancellationToken cancellationToken = default)
    {
        var opened = await PlanAccess.OpenAsync(db, viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var (plan, capacity) = opened.Value;
        if (capacity != PlanCapacity.Coordinator)
        {
            return Refusal.Forbidden("Only a coordinator waives a requirement.");
        }
        return await WaiveAsync(plan, baseVersion, requirementKey, reason, PlanAuthor.Person(viewer.PersonId), await NameOfAsync(viewer.PersonId, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The institution's district system waives as its coordinators may, through a read-write API token: the waiver and the
    /// version are recorded under the token's name, never as a person's.
    /// </summary>
    public async Task<Outcome<PlanSaveResult>> WaiveAsync(
        ApiTokenGrant token, Guid planId, int baseVersion, string requirementKey, string reason, CancellationToken cancellationToken = default)
    {
        if (token.Scope != ApiTokenScope.Write)
        {
            return ReadOnlyToken;
        }
        var institution = token.Institution;
        var plan = await db.Plans.SingleOrDefaultAsync(
            p => p.Id == planId && p.RegistrationId == institution.RegistrationId && p.DeploymentId == institution.DeploymentId, cancellationToken);
        return plan is null
            ? PlanAccess.NoSuchPlan
            : await WaiveAsync(plan, baseVersion, requirementKey, reason, PlanAuthor.Token(token.TokenId, token.Name), ActorNames.TokenLabel(token.Name), cancellationToken);
    }

    public static readonly Refusal ReadOnlyToken = Refusal.Forbidden("This API token reads only; a read-write token of the institution waives requirements.");

    private async Task<Outcome<PlanSaveResult>> WaiveAsync(
        PathwayPlan plan, int baseVersion, string requirementKey, string reason, PlanAuthor author, string authorName, CancellationToken cancellationToken)
    {
        var requirement = (await PlanTemplates.OfAsync(db, plan, cancellationToken)).Find(requirementKey);
        if (requirement is null)
        {
            return Refusal.Invalid($"\u201c{requirementKey}\u201d is not a requirement of this plan's template.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Refusal.Invalid("Give the reason for the waiver; it stays in the plan's history.");
        }
        var writer = new PlanWriter(db, clock);
        var current = await PlanVersions.SnapshotAsync(db, plan, plan.CurrentVersion, cancellationToken);
        if (current.Document.Waivers.Any(w => requirement.Answers(w.RequirementKey)))
        {
            return Refusal.Invalid($"{requirement.Name} is already waived for this student.");
        }
        var waiver = new Waiver(Guid.NewGuid(), requirement.Key, reason.Trim(), author.PersonId, authorName, clock.GetUtcNow());
        var document = current.Document with { Waivers = [.. current.Document.Waivers, waiver] };
        return await writer.CommitAsync(plan, baseVersion, document, author, cancellationToken);
    }

    private async Task<string> NameOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) is { Length: > 0 } name ? name : "Someone";
}
