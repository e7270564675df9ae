using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Mentoring;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Validation;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>Starting a plan and saving a student's changes to it, each save a new version.</summary>
public sealed class PlanCommands(PathwaysDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // Plans count school days in UTC: a day boundary off by a few hours matters less than every instance agreeing.
    private DateOnly Today => DateOnly.FromDateTime(Now);

    public async Task<Outcome<PlanSnapshot>> StartAsync(Viewer viewer, string templateKey, CancellationToken cancellationToken = default)
    {
        if (viewer.Role != CourseRole.Student)
        {
            return Refusal.Forbidden("A student starts their own plan; advisors see their students' plans.");
        }
        if (await db.Plans.AnyAsync(p => p.RegistrationId == viewer.RegistrationId && p.DeploymentId == viewer.DeploymentId && p.StudentUserId == viewer.PersonId, cancellationToken))
        {
            return AlreadyStarted;
        }
        var template = await PlanTemplates.LatestAsync(db, viewer, templateKey, cancellationToken);
        if (template is null)
        {
            return Refusal.NotFound($"There is no plan template \u201c{templateKey}\u201d at this school.");
        }
        await PlanTemplates.KeepAsync(db, viewer, template, Now, cancellationToken);
        var plan = new PathwayPlan
        {
            RegistrationId = viewer.RegistrationId, DeploymentId = viewer.DeploymentId, StudentUserId = viewer.PersonId,
            TemplateKey = template.Key, TemplateVersion = template.Version, CurrentVersion = 1, CreatedAt = Now, UpdatedAt = Now,
        };
        var document = PlanDocument.Empty with { StartedOn = Today };
        plan.Versions.Add(new PlanVersion { Number = 1, DocumentJson = PlanDocumentJson.Write(document), SavedByUserId = viewer.PersonId, SavedAt = Now });
        db.Plans.Add(plan);
        await new PlanSummaries(db, clock).StageAsync(plan, template, 1, document, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first launches at once: the unique index lets one plan through; the other opens it.
            return AlreadyStarted;
        }
        return new PlanSnapshot(plan.Id, plan.StudentUserId, plan.TemplateKey, plan.TemplateVersion, 1, document, viewer.PersonId, Now);
    }

    public async Task<Outcome<PlanSaveResult>> SaveAsync(
        Viewer viewer, Guid planId, int baseVersion, PlanDocument document, CancellationToken cancellationToken = default)
    {
        var opened = await PlanAccess.OpenAsync(db, viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var (plan, capacity) = opened.Value;
        if (capacity != PlanCapacity.Owner)
        {
            return Refusal.Forbidden(capacity == PlanCapacity.Mentor
                ? "Only the student edits their plan; you may read it and sign it."
                : "Only the student edits their plan; you may read it, comment and sign it.");
        }
        var writer = new PlanWriter(db, clock);
        if (baseVersion != plan.CurrentVersion)
        {
            return await writer.CommitAsync(plan, baseVersion, document, viewer.PersonId, cancellationToken);
        }
        var template = await PlanTemplates.OfAsync(db, plan, cancellationToken);
        if (PlanValidator.Check(document, Today, template) is { Count: > 0 } problems)
        {
            return Refusal.Invalid(problems);
        }
        var current = await PlanVersions.SnapshotAsync(db, plan, plan.CurrentVersion, cancellationToken);
        if (document.Career is not null && !document.Career.Equals(current.Document.Career) && !template.HoldsCareer())
        {
            return NoCareerIn(template);
        }
        if (!document.Waivers.Equals(current.Document.Waivers))
        {
            return Refusal.Forbidden("Only a coordinator waives a requirement; save the plan with the waivers it has.");
        }
        if (MentorSignOffGuard.Check(current.Document, document) is { } unsigned)
        {
            return unsigned;
        }
        if (await EvidenceOwnership.CheckAsync(db, plan, current.Document, document, cancellationToken) is { } foreign)
        {
            return foreign;
        }
        return await writer.CommitAsync(plan, baseVersion, document, viewer.PersonId, cancellationToken);
    }

    /// <summary>A career chosen on a plan whose template holds none (CP only): refused beside the career field, the plan unchanged.</summary>
    public static Refusal NoCareerIn(PlanTemplate template) => Refusal.Invalid([new Problem(
        $"Your plan follows the template \u201c{template.Name}\u201d, which has no career cluster and pathway; use what you found to choose your career-related study and subjects.",
        "career")]);

    private static readonly Refusal AlreadyStarted = Refusal.Conflict("You already have a plan at this school; open it instead of starting another.");
}
