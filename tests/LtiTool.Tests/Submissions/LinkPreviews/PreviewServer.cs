using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LtiPathways.LtiTool.Tests.Submissions.LinkPreviews;

/// <summary>A real HTTP server on 127.0.0.1 with the pages a student might link to, the well-behaved and the hostile.</summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string OpenGraphPage = """
        <!doctype html><html><head><title>Plain title</title>
        <meta property="og:title" content="  Our   river clean-up  ">
        <meta property="og:description" content="Week 3 of the service project.">
        <meta name="description" content="Not this one.">
        <meta property="og:site_name" content="Class blog">
        </head><body><h1>Hello</h1></body></html>
        """;

    private readonly WebApplication app;
    private bool stopped;

    private PreviewServer(WebApplication app) => this.app = app;

    public ConcurrentDictionary<string, int> Hits { get; } = new();

    public ConcurrentQueue<(string UserAgent, string Cookie)> Requests { get; } = new();

    /// <summary>Completes when the endless page stops writing, i.e. when the client closed the connection.</summary>
    public TaskCompletionSource EndlessStopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Url(string path) => app.Urls.Single().TrimEnd('/') + path;

    public int Port => new Uri(app.Urls.Single()).Port;

    public static async Task<PreviewServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var server = new PreviewServer(builder.Build());
        server.Map(server.app);
        await server.app.StartAsync();
        return server;
    }

    private void Map(WebApplication routes)
    {
        routes.Use(async (context, next) =>
        {
            Hits.AddOrUpdate(context.Request.Path, 1, (_, n) => n + 1);
            Requests.Enqueue((context.Request.Headers.UserAgent.ToString(), context.Request.Headers.Cookie.ToString()));
            await next(context);
        });
        routes.MapGet("/og", () => Html(OpenGraphPage));
        routes.MapGet("/plain", () => Html("<html><head><title>\n  Plain\n  title </title><meta name=\"Description\" content=\"Just a page.\"></head></html>"));
        routes.MapGet("/latin1", () => Results.Bytes(
            Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 notes</title></head></html>"), "text/html"));
        routes.MapGet("/empty", () => Html("<html><body><p>No head at all.</p></body></html>"));
        routes.MapGet("/hops/{n:int}", (int n) => n > 0 ? Results.Redirect($"/hops/{n - 1}") : Html(OpenGraphPage));
        routes.MapGet("/to-private", () => Results.Redirect("http://10.0.0.1/admin"));
        routes.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        routes.MapGet("/to-mapped", () => Results.Redirect("http://[::ffff:169.254.169.254]/latest/meta-data/"));
        routes.MapGet("/cookie-hop", (HttpContext context) =>
        {
            context.Response.Cookies.Append("tracker", "1");
            return Results.Redirect("/og");
        });
        routes.MapGet("/pdf", () => Results.Bytes(Encoding.ASCII.GetBytes("%PDF-1.7 <title>not html</title>"), "application/pdf"));
        routes.MapGet("/missing", () => Results.Text("internal stack trace: db password hunter2", statusCode: 404));
        routes.MapGet("/slow", async (CancellationToken aborted) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), aborted);
            return Html(OpenGraphPage);
        });
        routes.MapGet("/endless", EndlessAsync);
    }

    private async Task EndlessAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>more and more</p>", 800)));
        try
        {
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("<html><head><title>Endless</title></head><body>"));
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        }
        catch (Exception stopped) when (stopped is OperationCanceledException or IOException)
        {
            // The client went away, which is what the test waits for.
        }
        finally
        {
            EndlessStopped.TrySetResult();
        }
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    /// <summary>Stops the server (a test may do so early, to play a linked page that has gone away).</summary>
    public async ValueTask DisposeAsync()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
