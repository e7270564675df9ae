using System.Globalization;
using LtiPathways.LtiTool.Features.Mentors;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Mentoring;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Mentors.SignedLinks;

/// <summary>A mentee's page through a signed link, and a form done on it: each opens the link first and records the use.</summary>
public sealed class SignedLinkPages(MentorLinkGate gate, MentorWork work, IAntiforgery antiforgery, TimeProvider clock)
{
    public static IResult Refused() =>
        new RazorComponentResult<SignedLinkRefusedPage>(new { MentorLinkGate.Closed.Sentence }) { StatusCode = StatusCodes.Status403Forbidden };

    public async Task<IResult> MenteeAsync(HttpContext http, string token, Guid studentId, string? notice, CancellationToken cancellationToken)
    {
        var opened = await gate.OpenAsync(token, cancellationToken);
        if (!opened.Succeeded)
        {
            return Refused();
        }
        return await ShowAsync(http, token, opened.Value, studentId, notice, null, StatusCodes.Status200OK, cancellationToken);
    }

    public async Task<IResult> ActAsync(
        HttpContext http, string token, Guid studentId, Func<Viewer, Task<Outcome<string>>> act, string done, CancellationToken cancellationToken)
    {
        var opened = await gate.OpenAsync(token, cancellationToken);
        if (!opened.Succeeded)
        {
            return Refused();
        }
        var outcome = await act(opened.Value.Viewer);
        if (outcome.Succeeded)
        {
            await gate.RecordAsync(opened.Value, studentId, outcome.Value, cancellationToken);
            return TypedResults.Redirect($"{SignedLinkPaths.Student(token, studentId)}?done={done}");
        }
        if (outcome.Refusal == MentorWork.NotYourMentee)
        {
            await gate.RecordAsync(opened.Value, null, "Refused: a student not assigned to this mentor.", cancellationToken);
            return Refused();
        }
        return await ShowAsync(http, token, opened.Value, studentId, null, outcome.Refusal.Sentence, outcome.Refusal.StatusCode(), cancellationToken);
    }

    private async Task<IResult> ShowAsync(
        HttpContext http, string token, LinkHolder holder, Guid studentId, string? notice, string? problem, int status, CancellationToken cancellationToken)
    {
        var view = await work.ViewAsync(holder.Viewer, studentId, cancellationToken);
        if (!view.Succeeded)
        {
            await gate.RecordAsync(holder, null, "Refused: a student not assigned to this mentor.", cancellationToken);
            return Refused();
        }
        if (problem is null)
        {
            await gate.RecordAsync(holder, studentId, $"Opened {view.Value.StudentName}'s mentoring page.", cancellationToken);
        }
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new RazorComponentResult<SignedMenteePage>(new
        {
            Holder = holder, Token = token, View = view.Value, Notice = notice, Problem = problem,
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            AntiforgeryField = tokens.FormFieldName, AntiforgeryToken = tokens.RequestToken!,
        }) { StatusCode = status };
    }
}
