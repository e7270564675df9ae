using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>Career exploration (issue 13, item 5): the overview, results, the catalogue and a student's results for their advisors.</summary>
public static class CareerEndpoints
{
    public static IEndpointRouteBuilder MapCareers(this IEndpointRouteBuilder routes)
    {
        var careers = routes.MapGroup(CareerLinks.Root).RequireAuthorization();
        careers.MapGet("/", ShowAsync);
        careers.MapGet("/results", ResultsAsync);
        careers.MapGet("/browse", BrowseAsync);
        careers.MapGet("/students/{studentUserId:guid}", StudentResultsAsync);
        careers.MapInterests();
        careers.MapSkills();
        careers.MapAlternatives();
        careers.MapPlanChoice();
        return routes;
    }

    private static async Task<IResult> ShowAsync(
        ToolSession session, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        await OverviewAsync(session, db, clock, sessions, null, null, StatusCodes.Status200OK, cancellationToken);

    /// <summary>The overview, with what just happened (a notice) or why it did not (a problem) when an action lands here.</summary>
    internal static async Task<IResult> OverviewAsync(
        ToolSession session, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, string? notice, string? problem, int status,
        CancellationToken cancellationToken)
    {
        var state = await new CareerExplorations(db, clock).OwnAsync(session.Viewer, cancellationToken);
        var plan = await new CareerPlanChoice(db, clock).OwnPlanAsync(session.Viewer, cancellationToken);
        var view = new CareersView(await sessions.IssueAsync(session, cancellationToken), session.IsStudent(), state, plan, notice, problem);
        return new RazorComponentResult<CareersPage>(new { View = view }) { StatusCode = status };
    }

    private static async Task<IResult> ResultsAsync(
        ToolSession session, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var state = await new CareerExplorations(db, clock).OwnAsync(session.Viewer, cancellationToken);
        var plan = await new CareerPlanChoice(db, clock).OwnPlanAsync(session.Viewer, cancellationToken);
        return Results(new ResultsView(await sessions.IssueAsync(session, cancellationToken), state, null, session.IsStudent(), plan));
    }

    internal static RazorComponentResult<CareerResultsPage> Results(ResultsView view) => new(new { View = view });

    private static async Task<IResult> StudentResultsAsync(
        Guid studentUserId, ToolSession session, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var opened = await new CareerExplorations(db, clock).OfStudentAsync(session.Viewer, studentUserId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal.AsPage();
        }
        return Results(new ResultsView(await sessions.IssueAsync(session, cancellationToken), opened.Value.State, opened.Value.StudentName, false, null));
    }

    private static async Task<IResult> BrowseAsync(
        ToolSession session, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        var state = await new CareerExplorations(db, clock).OwnAsync(session.Viewer, cancellationToken);
        var plan = await new CareerPlanChoice(db, clock).OwnPlanAsync(session.Viewer, cancellationToken);
        var view = new CatalogueView(await sessions.IssueAsync(session, cancellationToken), CareerCatalogue.Shipped, state, session.IsStudent(), plan);
        return new RazorComponentResult<CareerCataloguePage>(new { View = view });
    }

    internal static bool IsStudent(this ToolSession session) => session.Role == PathwayGraphQL.Data.Courses.CourseRole.Student;
}
