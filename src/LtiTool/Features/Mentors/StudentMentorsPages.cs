using LtiPathways.LtiTool.Features.Mentors.SignedLinks;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Mentoring;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Mentors;

/// <summary>The page of one student's mentors, with a refusal beside the forms or a link just made.</summary>
public sealed class StudentMentorsPages(StudentMentors mentors, SessionTokenIssuer sessions, IOptions<SignedLinkOptions> options)
{
    public async Task<IResult> ShowAsync(
        ToolSession session, Guid planId, string? notice, CancellationToken cancellationToken, Refusal? refusal = null, (IssuedMentorLink Link, string Url)? issued = null)
    {
        var view = await mentors.ViewAsync(session.Viewer, planId, cancellationToken);
        if (!view.Succeeded)
        {
            return view.Refusal.AsPage();
        }
        return new RazorComponentResult<StudentMentorsPage>(new
        {
            View = view.Value, SessionToken = await sessions.IssueAsync(session, cancellationToken), DefaultDays = options.Value.DefaultValidDays,
            Notice = notice, Problem = refusal?.Sentence, Issued = issued?.Link, IssuedUrl = issued?.Url,
        }) { StatusCode = refusal?.StatusCode() ?? StatusCodes.Status200OK };
    }

    public async Task<IResult> RedirectAsync(ToolSession session, Guid planId, string done, CancellationToken cancellationToken) =>
        TypedResults.Redirect(Pathways.PathwayPaths.WithSession($"{MentorPaths.OfPlan(planId)}?done={done}", await sessions.IssueAsync(session, cancellationToken)));
}
