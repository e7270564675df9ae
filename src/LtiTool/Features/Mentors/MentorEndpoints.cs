using LtiPathways.LtiTool.Features.Mentors.SignedLinks;
using LtiPathways.LtiTool.Lti;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Mentoring;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Mentors;

/// <summary>
/// Mentors inside the LMS: an advisor's or coordinator's page of one student's mentors (assign, add an outside mentor
/// with a signed link, revoke, read the uses), and an LMS mentor's page of one mentee (the forms a signed link has too).
/// </summary>
public static class MentorEndpoints
{
    public static IEndpointRouteBuilder MapMentors(this IEndpointRouteBuilder routes)
    {
        var mentors = routes.MapGroup(MentorPaths.Root).RequireAuthorization();
        mentors.MapGet("/plans/{planId:guid}", (ToolSession session, Guid planId, string? done, StudentMentorsPages pages, IStringLocalizer<MentorText> text, CancellationToken ct) =>
            pages.ShowAsync(session, planId, Done(done, text), ct));
        mentors.MapPost("/plans/{planId:guid}/outside", AddOutsideAsync);
        mentors.MapPost("/plans/{planId:guid}/links/{linkId:guid}/revoke", async (ToolSession session, Guid planId, Guid linkId, StudentMentors mentors, StudentMentorsPages pages, CancellationToken ct) =>
        {
            var revoked = await mentors.RevokeAsync(session.Viewer, planId, linkId, ct);
            return revoked.Succeeded ? await pages.RedirectAsync(session, planId, "revoked", ct) : await pages.ShowAsync(session, planId, null, ct, revoked.Refusal);
        });
        mentors.MapPost("/plans/{planId:guid}/internal", async (ToolSession session, Guid planId, IFormCollection form, StudentMentors mentors, StudentMentorsPages pages, CancellationToken ct) =>
        {
            var assigned = Guid.TryParse(form["internal-person"], out var person)
                ? await mentors.AssignInternalAsync(session.Viewer, planId, person, ct)
                : Refusal.Invalid("Choose the mentor from the list of your course's people.");
            return assigned.Succeeded ? await pages.RedirectAsync(session, planId, "assigned", ct) : await pages.ShowAsync(session, planId, null, ct, assigned.Refusal);
        });

        mentors.MapGet("/students/{studentId:guid}", (ToolSession session, Guid studentId, string? done, MenteePages pages, IStringLocalizer<MentorText> text, CancellationToken ct) =>
            pages.ShowAsync(session, studentId, MentorNotices.Of(done, text), null, ct));
        mentors.MapPost("/students/{studentId:guid}/hours", (ToolSession session, Guid studentId, IFormCollection form, MentorActions actions, MenteePages pages, CancellationToken ct) =>
            pages.ActAsync(session, studentId, actions.LogHoursAsync(session.Viewer, studentId, form, ct), MentorNotices.Hours, ct));
        mentors.MapPost("/students/{studentId:guid}/hours/{hourId:guid}/confirm", (ToolSession session, Guid studentId, Guid hourId, MentorActions actions, MenteePages pages, CancellationToken ct) =>
            pages.ActAsync(session, studentId, actions.ConfirmHoursAsync(session.Viewer, studentId, hourId, ct), MentorNotices.Confirmed, ct));
        mentors.MapPost("/students/{studentId:guid}/milestones/{milestoneId:guid}/sign-off", (ToolSession session, Guid studentId, Guid milestoneId, MentorActions actions, MenteePages pages, CancellationToken ct) =>
            pages.ActAsync(session, studentId, actions.SignOffMilestoneAsync(session.Viewer, studentId, milestoneId, ct), MentorNotices.SignedOff, ct));
        mentors.MapPost("/students/{studentId:guid}/notes", (ToolSession session, Guid studentId, IFormCollection form, MentorActions actions, MenteePages pages, CancellationToken ct) =>
            pages.ActAsync(session, studentId, actions.AddNoteAsync(session.Viewer, studentId, form, ct), MentorNotices.Note, ct));
        return routes;
    }

    private static async Task<IResult> AddOutsideAsync(
        HttpContext http, ToolSession session, Guid planId, IFormCollection form, StudentMentors mentors, StudentMentorsPages pages,
        IOptions<SignedLinkOptions> options, ToolUrls urls, CancellationToken cancellationToken)
    {
        var (entry, errors) = MentorForms.Outside(form, options.Value.DefaultValidDays);
        var added = errors.Count > 0 ? Refusal.Invalid(errors[0].Sentence) : await mentors.AddOutsideAsync(session.Viewer, planId, entry, cancellationToken);
        if (!added.Succeeded)
        {
            return await pages.ShowAsync(session, planId, null, cancellationToken, added.Refusal);
        }
        // Shown in this answer only, never in an address: a redirect would put the token in the browser's history.
        var url = urls.Absolute(http.Request, SignedLinkPaths.Home(added.Value.Token));
        return await pages.ShowAsync(session, planId, null, cancellationToken, issued: (added.Value, url));
    }

    private static string? Done(string? done, IStringLocalizer<MentorText> text) => done switch
    {
        "revoked" => text["Notice.Revoked"].Value,
        "assigned" => text["Notice.Assigned"].Value,
        _ => null,
    };
}
