using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Shared;

/// <summary>The one place a refusal from the school core becomes an HTTP answer: its status, and a page or JSON with its sentence.</summary>
public static class RefusalResults
{
    public static int StatusCode(this Refusal refusal) => refusal.Code switch
    {
        RefusalCode.NotFound => StatusCodes.Status404NotFound,
        RefusalCode.Forbidden => StatusCodes.Status403Forbidden,
        RefusalCode.Conflict => StatusCodes.Status409Conflict,
        RefusalCode.Declined => StatusCodes.Status422UnprocessableEntity,
        RefusalCode.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };

    public static IResult AsPage(this Refusal refusal) =>
        new RazorComponentResult<ProblemPage>(new { refusal.Sentence }) { StatusCode = refusal.StatusCode() };

    public static IResult AsPage(this Refusal refusal, string heading) =>
        new RazorComponentResult<ProblemPage>(new { refusal.Sentence, Heading = heading }) { StatusCode = refusal.StatusCode() };

    /// <summary>
    /// For the pages' script calls (window.ltiFetch), which show the answer's text as it is; a browser that navigates to
    /// the address itself (a link, a reload, a form without script) gets the refusal page, a document with language and title.
    /// </summary>
    public static IResult AsText(this Refusal refusal) => new NavigationAwareRefusal(refusal);

    private sealed class NavigationAwareRefusal(Refusal refusal) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var navigating = httpContext.Request.Headers["Sec-Fetch-Mode"] == "navigate";
            var answer = navigating ? refusal.AsPage()
                : TypedResults.Text(refusal.Sentence, "text/plain; charset=utf-8", statusCode: refusal.StatusCode());
            return answer.ExecuteAsync(httpContext);
        }
    }

    public static IResult AsJson(this Refusal refusal) =>
        TypedResults.Json(new { problem = refusal.Sentence, code = refusal.Code.ToString() }, statusCode: refusal.StatusCode());
}
