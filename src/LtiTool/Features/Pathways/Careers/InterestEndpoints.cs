using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>The interest inventory: show it, save the answers so far, or save them and see the results.</summary>
public static class InterestEndpoints
{
    public static RouteGroupBuilder MapInterests(this RouteGroupBuilder careers)
    {
        careers.MapGet("/interests", ShowAsync);
        careers.MapPost("/interests", SaveAsync);
        careers.MapPost("/interests/finish", FinishAsync);
        return careers;
    }

    private static async Task<IResult> ShowAsync(
        ToolSession session, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (session.Role != CourseRole.Student)
        {
            return StudentsOnly.AsPage();
        }
        var state = await new CareerExplorations(db, clock).OwnAsync(session.Viewer, cancellationToken);
        return Page(InterestsView.Of(await sessions.IssueAsync(session, cancellationToken), state), StatusCodes.Status200OK);
    }

    private static async Task<IResult> SaveAsync(
        ToolSession session, IFormCollection form, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, IStringLocalizer<PathwayText> text,
        CancellationToken cancellationToken)
    {
        var answers = InterestForm.Read(form);
        var explorations = new CareerExplorations(db, clock);
        var saved = await explorations.SaveAnswersAsync(session.Viewer, answers, cancellationToken);
        var token = await sessions.IssueAsync(session, cancellationToken);
        if (!saved.Succeeded)
        {
            return Refused(saved.Refusal, token, answers, await explorations.OwnAsync(session.Viewer, cancellationToken));
        }
        var count = saved.Value.Answers.Count;
        var notice = count == InterestInventory.Standard.Items.Count
            ? text["Careers.AllSaved"]
            : text["Careers.SavedSoFar", count, InterestInventory.Standard.Items.Count];
        return Page(InterestsView.Of(token, saved.Value) with { Notice = notice }, StatusCodes.Status200OK);
    }

    private static async Task<IResult> FinishAsync(
        ToolSession session, IFormCollection form, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var answers = InterestForm.Read(form);
        var explorations = new CareerExplorations(db, clock);
        var saved = await explorations.SaveAnswersAsync(session.Viewer, answers, cancellationToken);
        var token = await sessions.IssueAsync(session, cancellationToken);
        if (!saved.Succeeded)
        {
            return Refused(saved.Refusal, token, answers, await explorations.OwnAsync(session.Viewer, cancellationToken));
        }
        var interests = saved.Value.Interests;
        if (!interests.IsValid)
        {
            // What was answered is saved; the student finishes the rest and asks again.
            var lead = interests.Problems.FirstOrDefault(p => p.Path is null)?.Message;
            var view = InterestsView.Of(token, saved.Value) with { Errors = InterestForm.Missing(interests.Problems), Problem = lead };
            return Page(view, StatusCodes.Status400BadRequest);
        }
        var plan = await new CareerPlanChoice(db, clock).OwnPlanAsync(session.Viewer, cancellationToken);
        return CareerEndpoints.Results(new ResultsView(token, saved.Value, null, true, plan));
    }

    private static readonly Refusal StudentsOnly = Refusal.Forbidden("The interest inventory is for students: open it from your course as a student.");

    /// <summary>A refused save shows the stored answers with the sent ones that were fine on top, so nothing typed is lost.</summary>
    private static IResult Refused(Refusal refusal, string token, List<InterestAnswer> sent, CareerExplorationState stored) =>
        refusal.Code == RefusalCode.Invalid
            ? Page(new InterestsView(token, [.. stored.Answers, .. sent.Where(a => Enum.IsDefined(a.Liking))], [], null, refusal.Sentence), refusal.StatusCode())
            : refusal.AsPage();

    private static RazorComponentResult<InterestInventoryPage> Page(InterestsView view, int status) =>
        new(new { View = view }) { StatusCode = status };
}
