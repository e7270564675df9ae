using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Partnerships;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Partnerships;

/// <summary>Renders a provider's page, fresh or with a refused form kept open beside its sentences, and redirects after a save.</summary>
public sealed class ProviderPages(PartnershipRecords records, PathwaysDbContext db, SessionTokenIssuer sessions, TimeProvider clock)
{
    public async Task<IResult> ShowAsync(ToolSession session, Guid providerId, string? notice, CancellationToken cancellationToken) =>
        await RenderAsync(session, providerId, view => view with { Notice = notice }, StatusCodes.Status200OK, cancellationToken);

    public Task<IResult> RefusedAsync(
        ToolSession session, Guid providerId, PartnershipForm form, string openForm, IReadOnlyList<FormError> errors, int status,
        CancellationToken cancellationToken) =>
        RenderAsync(session, providerId, view => view with { Errors = errors, Input = form.Kept(), OpenForm = openForm }, status, cancellationToken);

    public async Task<IResult> RedirectAsync(ToolSession session, Guid providerId, string saved, CancellationToken cancellationToken) =>
        ToolLinks.RedirectWithSession($"{PartnershipPaths.Provider(providerId)}?saved={Uri.EscapeDataString(saved)}", await sessions.IssueAsync(session, cancellationToken));

    private async Task<IResult> RenderAsync(
        ToolSession session, Guid providerId, Func<ProviderPageView, ProviderPageView> change, int status, CancellationToken cancellationToken)
    {
        var detail = await records.DetailAsync(session.Viewer, providerId, cancellationToken);
        if (!detail.Succeeded)
        {
            return detail.Refusal.AsPage();
        }
        var students = await InstitutionPeople.StudentsAsync(db, PartnershipAccess.InstitutionOf(session.Viewer), cancellationToken);
        var view = new ProviderPageView(detail.Value, students, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), await sessions.IssueAsync(session, cancellationToken));
        return new RazorComponentResult<ProviderPage>(new { View = change(view) }) { StatusCode = status };
    }
}
