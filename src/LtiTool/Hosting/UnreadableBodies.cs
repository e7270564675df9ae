using LtiPathways.LtiTool.Shared;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Hosting;

/// <summary>
/// A body the tool cannot read is the sender's mistake: 400 (cut short or malformed), 413 (too large) or 415 (a format
/// the address does not take) with one sentence, never a 500. One place for every endpoint: a form is read here, before
/// the session token is looked for in it; later form reads go through <see cref="CheckedFormFeature"/>; parameter binding
/// throws instead of answering an empty 400 (<see cref="RouteHandlerOptions.ThrowOnBadRequest"/>); all three arrive here
/// as <see cref="BadHttpRequestException"/>.
/// </summary>
public static class UnreadableBodies
{
    public static IServiceCollection AddUnreadableBodyAnswers(this IServiceCollection services) =>
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

    public static IApplicationBuilder UseUnreadableBodyAnswers(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var formOptions = context.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value;
            var form = new CheckedFormFeature(context.Features.Get<IFormFeature>() ?? new FormFeature(context.Request, formOptions), context.Features);
            context.Features.Set<IFormFeature>(form);
            try
            {
                if (form.HasFormContentType)
                {
                    await form.ReadFormAsync(context.RequestAborted);
                }

                await next(context);
            }
            catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UnreadableBodies))
                    .LogInformation("Unreadable request body on {Method} {Path} ({Status}): {Reason}",
                        context.Request.Method, context.Request.Path, exception.StatusCode, exception.Message);
                await AnswerAsync(context, exception.StatusCode);
            }
        });

    private static Task AnswerAsync(HttpContext context, int status)
    {
        var sentence = status switch
        {
            StatusCodes.Status413PayloadTooLarge => "LtiPathways could not take what was sent: it is larger than this page accepts. Nothing was saved.",
            StatusCodes.Status415UnsupportedMediaType =>
                "LtiPathways could not read what was sent: it came in a format this address does not take. Nothing was saved.",
            _ => "LtiPathways could not read what was sent: it arrived incomplete or malformed. Nothing was saved; please try again.",
        };

        // A page script (window.ltiFetch) shows plain text where it reports the result; a browser gets the problem page.
        if (context.Request.Headers.Authorization.Count > 0)
        {
            return TypedResults.Text(sentence, "text/plain; charset=utf-8", statusCode: status).ExecuteAsync(context);
        }

        return new RazorComponentResult<ProblemPage>(new { Sentence = sentence }) { StatusCode = status }.ExecuteAsync(context);
    }
}
