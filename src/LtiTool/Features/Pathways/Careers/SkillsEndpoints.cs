using System.Globalization;
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

/// <summary>The skills self-assessment: each skill rated 1 to 4 against its level descriptors; ratings so far are kept.</summary>
public static class SkillsEndpoints
{
    public static RouteGroupBuilder MapSkills(this RouteGroupBuilder careers)
    {
        careers.MapGet("/skills", ShowAsync);
        careers.MapPost("/skills", SaveAsync);
        return careers;
    }

    private static async Task<IResult> ShowAsync(
        ToolSession session, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (session.Role != CourseRole.Student)
        {
            return Refusal.Forbidden("The skills self-assessment is for students: open it from your course as a student.").AsPage();
        }
        var state = await new CareerExplorations(db, clock).OwnAsync(session.Viewer, cancellationToken);
        return Page(new SkillsView(await sessions.IssueAsync(session, cancellationToken), state.Ratings, [], null, null), StatusCodes.Status200OK);
    }

    private static async Task<IResult> SaveAsync(
        ToolSession session, IFormCollection form, PathwaysDbContext db, TimeProvider clock, SessionTokenIssuer sessions, IStringLocalizer<PathwayText> text,
        CancellationToken cancellationToken)
    {
        var ratings = Read(form);
        var explorations = new CareerExplorations(db, clock);
        var saved = await explorations.SaveRatingsAsync(session.Viewer, ratings, cancellationToken);
        var token = await sessions.IssueAsync(session, cancellationToken);
        if (!saved.Succeeded)
        {
            var stored = await explorations.OwnAsync(session.Viewer, cancellationToken);
            return saved.Refusal.Code == RefusalCode.Invalid
                ? Page(new SkillsView(token, [.. stored.Ratings, .. ratings.Where(r => Enum.IsDefined(r.Level))], [], null, saved.Refusal.Sentence), saved.Refusal.StatusCode())
                : saved.Refusal.AsPage();
        }
        var rated = SkillsSelfAssessment.Standard.Rate(saved.Value.Ratings);
        if (!rated.IsValid)
        {
            FormError[] missing = [.. rated.Problems.Select(p => new FormError(p.Path ?? "", p.Message))];
            return Page(new SkillsView(token, saved.Value.Ratings, missing, null, text["Careers.RatingsSoFar", missing.Length]),
                StatusCodes.Status400BadRequest);
        }
        return Page(new SkillsView(token, saved.Value.Ratings, [], text["Careers.RatingsSaved"], null),
            StatusCodes.Status200OK);
    }

    private static List<SkillRating> Read(IFormCollection form) =>
        [.. SkillsSelfAssessment.Standard.Skills
            .Where(skill => form[skill.Id].Count > 0)
            .Select(skill => new SkillRating(skill.Id,
                int.TryParse(form[skill.Id].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var level) ? (SkillLevel)level : 0))];

    private static RazorComponentResult<SkillsPage> Page(SkillsView view, int status) => new(new { View = view }) { StatusCode = status };
}
