using System.Globalization;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Mentoring;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Mentors;

/// <summary>An LMS mentor's page of one mentee, and a form done on it.</summary>
public sealed class MenteePages(MentorWork work, SessionTokenIssuer sessions, TimeProvider clock)
{
    public async Task<IResult> ShowAsync(ToolSession session, Guid studentId, string? notice, Refusal? refusal, CancellationToken cancellationToken)
    {
        var view = await work.ViewAsync(session.Viewer, studentId, cancellationToken);
        if (!view.Succeeded)
        {
            return view.Refusal.AsPage();
        }
        return new RazorComponentResult<MenteePage>(new
        {
            View = view.Value, SessionToken = await sessions.IssueAsync(session, cancellationToken), Notice = notice, Problem = refusal?.Sentence,
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }) { StatusCode = refusal?.StatusCode() ?? StatusCodes.Status200OK };
    }

    public async Task<IResult> ActAsync(ToolSession session, Guid studentId, Task<Outcome<string>> acting, string done, CancellationToken cancellationToken)
    {
        var outcome = await acting;
        if (outcome.Succeeded)
        {
            return TypedResults.Redirect(Pathways.PathwayPaths.WithSession($"{MentorPaths.Mentee(studentId)}?done={done}", await sessions.IssueAsync(session, cancellationToken)));
        }
        return outcome.Refusal == MentorWork.NotYourMentee ? outcome.Refusal.AsPage() : await ShowAsync(session, studentId, null, outcome.Refusal, cancellationToken);
    }
}
