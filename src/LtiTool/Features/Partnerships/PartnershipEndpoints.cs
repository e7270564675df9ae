using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Partnerships;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Partnerships;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Partnerships;

/// <summary>
/// A coordinator's CRS partnerships (issue 15, items 1 and 2): the overview with expiring agreements and the catalogue,
/// adding and editing a provider, and its page. The records kept on that page are in <see cref="PartnershipRecordEndpoints"/>.
/// </summary>
public static class PartnershipEndpoints
{
    public static IEndpointRouteBuilder MapPartnerships(this IEndpointRouteBuilder routes)
    {
        var partnerships = routes.MapGroup(PartnershipPaths.Root).RequireAuthorization();
        partnerships.MapGet("/", OverviewAsync);
        partnerships.MapGet("/providers/new", NewAsync);
        partnerships.MapPost("/providers", AddAsync);
        partnerships.MapGet("/providers/{providerId:guid}", (ToolSession session, Guid providerId, string? saved, ProviderPages pages, IStringLocalizer<PartnershipText> text, CancellationToken ct) =>
            pages.ShowAsync(session, providerId, SavedNotice(saved, text), ct));
        partnerships.MapGet("/providers/{providerId:guid}/edit", EditAsync);
        partnerships.MapPost("/providers/{providerId:guid}", UpdateAsync);
        partnerships.MapPartnershipRecords();
        return routes;
    }

    private static async Task<IResult> OverviewAsync(
        ToolSession session, ProviderCatalogue catalogue, AgreementReminders reminders, SessionTokenIssuer sessions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var due = await reminders.DueAsync(session.Viewer, cancellationToken);
        if (!due.Succeeded)
        {
            return due.Refusal.AsPage();
        }
        var rows = await catalogue.ListAsync(session.Viewer, cancellationToken);
        return rows.Succeeded
            ? new RazorComponentResult<PartnershipsPage>(new
            {
                Reminders = due.Value, Rows = rows.Value, Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                SessionToken = await sessions.IssueAsync(session, cancellationToken),
            })
            : rows.Refusal.AsPage();
    }

    private static async Task<IResult> NewAsync(ToolSession session, PathwaysDbContext db, SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        await PartnershipAccess.RefuseAsync(db, session.Viewer, cancellationToken) is { } refusal
            ? refusal.AsPage()
            : await FormAsync(session, null, db, sessions, [], new Dictionary<string, string>(), StatusCodes.Status200OK, cancellationToken);

    private static async Task<IResult> EditAsync(
        ToolSession session, Guid providerId, PartnershipRecords records, PathwaysDbContext db, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var detail = await records.DetailAsync(session.Viewer, providerId, cancellationToken);
        return detail.Succeeded
            ? await FormAsync(session, detail.Value.Provider, db, sessions, [], new Dictionary<string, string>(), StatusCodes.Status200OK, cancellationToken)
            : detail.Refusal.AsPage();
    }

    private static async Task<IResult> AddAsync(
        ToolSession session, HttpRequest request, ProviderCatalogue catalogue, PathwaysDbContext db, SessionTokenIssuer sessions, ProviderPages pages,
        CancellationToken cancellationToken)
    {
        if (await PartnershipAccess.RefuseAsync(db, session.Viewer, cancellationToken) is { } refusal)
        {
            return refusal.AsPage();
        }
        var form = new PartnershipForm(await request.ReadFormAsync(cancellationToken), "provider");
        var input = Read(form);
        if (input.Problems() is { Count: > 0 } problems)
        {
            return await FormAsync(session, null, db, sessions, form.Errors(problems), form.Kept(), StatusCodes.Status400BadRequest, cancellationToken);
        }
        var added = await catalogue.AddAsync(session.Viewer, input, cancellationToken);
        return added.Succeeded
            ? await pages.RedirectAsync(session, added.Value, "added", cancellationToken)
            : await FormAsync(session, null, db, sessions, [new FormError(form.Id("liaison"), added.Refusal.Sentence)], form.Kept(), added.Refusal.StatusCode(), cancellationToken);
    }

    private static async Task<IResult> UpdateAsync(
        ToolSession session, Guid providerId, HttpRequest request, ProviderCatalogue catalogue, PartnershipRecords records, PathwaysDbContext db,
        SessionTokenIssuer sessions, ProviderPages pages, CancellationToken cancellationToken)
    {
        var detail = await records.DetailAsync(session.Viewer, providerId, cancellationToken);
        if (!detail.Succeeded)
        {
            return detail.Refusal.AsPage();
        }
        var form = new PartnershipForm(await request.ReadFormAsync(cancellationToken), "provider");
        var input = Read(form);
        if (input.Problems() is { Count: > 0 } problems)
        {
            return await FormAsync(session, detail.Value.Provider, db, sessions, form.Errors(problems), form.Kept(), StatusCodes.Status400BadRequest, cancellationToken);
        }
        var updated = await catalogue.UpdateAsync(session.Viewer, providerId, input, cancellationToken);
        return updated.Succeeded
            ? await pages.RedirectAsync(session, providerId, "provider", cancellationToken)
            : await FormAsync(session, detail.Value.Provider, db, sessions, [new FormError(form.Id("liaison"), updated.Refusal.Sentence)], form.Kept(), updated.Refusal.StatusCode(), cancellationToken);
    }

    private static ProviderInput Read(PartnershipForm form) => new(
        form.Text("organisation"), form.Choice<ProviderKind>("kind"), form.Choice<ProviderStatus>("status"), form.Optional("website"),
        form.Text("needs"), form.Optional("liaison") is null ? null : form.Person("liaison") ?? Guid.Empty);

    private static async Task<IResult> FormAsync(
        ToolSession session, PartnershipProvider? provider, PathwaysDbContext db, SessionTokenIssuer sessions, IReadOnlyList<FormError> errors,
        IReadOnlyDictionary<string, string> input, int status, CancellationToken cancellationToken) =>
        new RazorComponentResult<ProviderFormPage>(new
        {
            Provider = provider, Staff = await InstitutionPeople.StaffAsync(db, PartnershipAccess.InstitutionOf(session.Viewer), cancellationToken),
            Errors = errors, Input = input, SessionToken = await sessions.IssueAsync(session, cancellationToken),
        }) { StatusCode = status };

    private static string? SavedNotice(string? saved, IStringLocalizer<PartnershipText> text) => saved switch
    {
        null => null,
        "added" => text["Notice.Added"].Value,
        "evaluation" => text["Notice.Evaluation"].Value,
        "agreement" => text["Notice.Agreement"].Value,
        "pilot" => text["Notice.Pilot"].Value,
        "review" => text["Notice.Review"].Value,
        "meeting" => text["Notice.Meeting"].Value,
        _ => text["Notice.Saved"].Value,
    };
}
