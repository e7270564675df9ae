using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Partnerships;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>The institution's catalogue of career-related study providers: their entries, courses and contacts (issue 15, item 1).</summary>
public sealed class ProviderCatalogue(PathwaysDbContext db, TimeProvider clock)
{
    public static readonly Refusal NotStaff = Refusal.NotFound("That person is not staff at this institution; choose the liaison from the list.");

    public async Task<Outcome<IReadOnlyList<ProviderRow>>> ListAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        if (await PartnershipAccess.RefuseAsync(db, viewer, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var rows = await PartnershipAccess.ProvidersOf(db, PartnershipAccess.InstitutionOf(viewer)).AsNoTracking()
            .OrderBy(p => p.Organisation)
            .Select(p => new ProviderRow(
                p.Id, p.Organisation, p.Kind, p.Status, p.Courses.Count,
                db.ProviderEvaluations.Where(e => e.ProviderId == p.Id).OrderByDescending(e => e.EvaluatedAt).Select(e => (decimal?)e.Percentage).FirstOrDefault(),
                db.PartnershipAgreements.Where(a => a.ProviderId == p.Id).OrderByDescending(a => a.ExpiresOn).Select(a => (DateOnly?)a.ExpiresOn).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return rows;
    }

    public async Task<Outcome<Guid>> AddAsync(Viewer viewer, ProviderInput input, CancellationToken cancellationToken = default)
    {
        if (await PartnershipAccess.RefuseAsync(db, viewer, cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var provider = new PartnershipProvider
        {
            RegistrationId = viewer.RegistrationId, DeploymentId = viewer.DeploymentId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (await ApplyAsync(provider, input, cancellationToken) is { } problem)
        {
            return problem;
        }
        db.PartnershipProviders.Add(provider);
        await db.SaveChangesAsync(cancellationToken);
        return provider.Id;
    }

    public async Task<Outcome<Guid>> UpdateAsync(Viewer viewer, Guid providerId, ProviderInput input, CancellationToken cancellationToken = default)
    {
        var opened = await PartnershipAccess.OpenAsync(db, viewer, providerId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        if (await ApplyAsync(opened.Value, input, cancellationToken) is { } problem)
        {
            return problem;
        }
        await db.SaveChangesAsync(cancellationToken);
        return providerId;
    }

    public Task<Outcome<Guid>> AddCourseAsync(Viewer viewer, Guid providerId, CourseInput input, CancellationToken cancellationToken = default) =>
        AddToAsync(viewer, providerId, input.Problems(), provider => provider.Courses.Add(new ProviderCourse
        {
            ProviderId = provider.Id, Title = input.Title.Trim(), Modality = input.Modality!.Value, Hours = input.Hours!.Value,
            Cost = input.Cost.Trim(), Credential = input.Credential.Trim(), Recognition = input.Recognition.Trim(),
        }), cancellationToken);

    public Task<Outcome<Guid>> AddContactAsync(Viewer viewer, Guid providerId, ContactInput input, CancellationToken cancellationToken = default) =>
        AddToAsync(viewer, providerId, input.Problems(), provider => provider.Contacts.Add(new ProviderContact
        {
            ProviderId = provider.Id, Name = input.Name.Trim(), Role = input.Role.Trim(), Email = Blank(input.Email), Phone = Blank(input.Phone),
        }), cancellationToken);

    public async Task<Outcome<Guid>> RemoveCourseAsync(Viewer viewer, Guid providerId, Guid courseId, CancellationToken cancellationToken = default)
    {
        var opened = await PartnershipAccess.OpenAsync(db, viewer, providerId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var course = await db.ProviderCourses.SingleOrDefaultAsync(c => c.Id == courseId && c.ProviderId == providerId, cancellationToken);
        if (course is null)
        {
            return Refusal.NotFound("This provider has no such course; it may have been removed already.");
        }
        db.ProviderCourses.Remove(course);
        await db.SaveChangesAsync(cancellationToken);
        return providerId;
    }

    public async Task<Outcome<Guid>> RemoveContactAsync(Viewer viewer, Guid providerId, Guid contactId, CancellationToken cancellationToken = default)
    {
        var opened = await PartnershipAccess.OpenAsync(db, viewer, providerId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var contact = await db.ProviderContacts.SingleOrDefaultAsync(c => c.Id == contactId && c.ProviderId == providerId, cancellationToken);
        if (contact is null)
        {
            return Refusal.NotFound("This provider has no such contact; it may have been removed already.");
        }
        db.ProviderContacts.Remove(contact);
        await db.SaveChangesAsync(cancellationToken);
        return providerId;
    }

    private async Task<Outcome<Guid>> AddToAsync(
        Viewer viewer, Guid providerId, IReadOnlyList<InputProblem> problems, Action<PartnershipProvider> add, CancellationToken cancellationToken)
    {
        var opened = await PartnershipAccess.OpenAsync(db, viewer, providerId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        if (problems.Count > 0)
        {
            return Refusal.Invalid(problems[0].Sentence);
        }
        add(opened.Value);
        opened.Value.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return providerId;
    }

    private async Task<Refusal?> ApplyAsync(PartnershipProvider provider, ProviderInput input, CancellationToken cancellationToken)
    {
        if (input.Problems() is [var first, ..])
        {
            return Refusal.Invalid(first.Sentence);
        }
        var institution = new Institution(provider.RegistrationId, provider.DeploymentId);
        if (input.LiaisonUserId is { } liaison && !(await InstitutionPeople.StaffAsync(db, institution, cancellationToken)).Any(p => p.UserId == liaison))
        {
            return NotStaff;
        }
        provider.Organisation = input.Organisation.Trim();
        provider.Kind = input.Kind!.Value;
        provider.Status = input.Status!.Value;
        provider.Website = Blank(input.Website);
        provider.NeedsAnalysis = input.NeedsAnalysis.Trim();
        provider.LiaisonUserId = input.LiaisonUserId;
        provider.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
