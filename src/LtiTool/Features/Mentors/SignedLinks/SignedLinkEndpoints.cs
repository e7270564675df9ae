using LtiPathways.LtiTool.Features.Mentors;
using LtiPathways.PathwayGraphQL.Mentoring;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Mentors.SignedLinks;

/// <summary>
/// An outside mentor's pages, opened by a signed link from any browser, without an LMS session: their mentees, and each
/// one's mentoring part. Forms carry an antiforgery token (these pages are first-party, so its cookie works); every use is
/// recorded; any link that does not open, and any student not theirs, gets the same 403 sentence.
/// </summary>
public static class SignedLinkEndpoints
{
    public static IEndpointRouteBuilder MapSignedLinks(this IEndpointRouteBuilder routes)
    {
        var link = routes.MapGroup(SignedLinkPaths.Root + "/{token}")
            .RequireRateLimiting(SignedLinkRateLimit.Policy)
            .AddEndpointFilter<TopLevelOnly>();
        link.MapGet("", MenteesAsync);
        link.MapGet("/students/{studentId:guid}", (HttpContext http, string token, Guid studentId, string? done, SignedLinkPages pages, IStringLocalizer<MentorText> text, CancellationToken ct) =>
            pages.MenteeAsync(http, token, studentId, MentorNotices.Of(done, text), ct));
        link.MapPost("/students/{studentId:guid}/hours", (HttpContext http, string token, Guid studentId, IFormCollection form, MentorActions actions, SignedLinkPages pages, CancellationToken ct) =>
            pages.ActAsync(http, token, studentId, viewer => actions.LogHoursAsync(viewer, studentId, form, ct), MentorNotices.Hours, ct));
        link.MapPost("/students/{studentId:guid}/hours/{hourId:guid}/confirm", (HttpContext http, string token, Guid studentId, Guid hourId, IFormCollection form, MentorActions actions, SignedLinkPages pages, CancellationToken ct) =>
            pages.ActAsync(http, token, studentId, viewer => actions.ConfirmHoursAsync(viewer, studentId, hourId, ct), MentorNotices.Confirmed, ct));
        link.MapPost("/students/{studentId:guid}/milestones/{milestoneId:guid}/sign-off", (HttpContext http, string token, Guid studentId, Guid milestoneId, IFormCollection form, MentorActions actions, SignedLinkPages pages, CancellationToken ct) =>
            pages.ActAsync(http, token, studentId, viewer => actions.SignOffMilestoneAsync(viewer, studentId, milestoneId, ct), MentorNotices.SignedOff, ct));
        link.MapPost("/students/{studentId:guid}/notes", (HttpContext http, string token, Guid studentId, IFormCollection form, MentorActions actions, SignedLinkPages pages, CancellationToken ct) =>
            pages.ActAsync(http, token, studentId, viewer => actions.AddNoteAsync(viewer, studentId, form, ct), MentorNotices.Note, ct));
        return routes;
    }

    private static async Task<IResult> MenteesAsync(string token, MentorLinkGate gate, MenteePlans mentees, CancellationToken cancellationToken)
    {
        var opened = await gate.OpenAsync(token, cancellationToken);
        if (!opened.Succeeded)
        {
            return SignedLinkPages.Refused();
        }
        var rows = await mentees.OfMentorAsync(opened.Value.Viewer, cancellationToken);
        if (!rows.Succeeded)
        {
            return SignedLinkPages.Refused();
        }
        await gate.RecordAsync(opened.Value, null, "Opened the list of mentees.", cancellationToken);
        return new RazorComponentResult<SignedMenteesPage>(new { Holder = opened.Value, Token = token, Rows = rows.Value });
    }
}
