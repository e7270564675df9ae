using System.Diagnostics;
using System.Globalization;
using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.LtiTool.Lti.Ags.Delivery;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.ScoreDelivery.Load;

/// <summary>Drains N queued scores (default 10,000) against the in-process sandbox platform and prints the rate and the GC heap.</summary>
public static class LoadRun
{
    public static async Task Main(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var folder = Path.Combine(Path.GetTempPath(), "ltipathways-load", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        // Outside a test project WebApplicationFactory cannot guess the app's content root; this is its documented override.
        var root = AppContext.BaseDirectory;
        while (!Directory.Exists(Path.Combine(root, "src", "LtiTool")))
        {
            root = Path.GetDirectoryName(root.TrimEnd('/')) ?? throw new InvalidOperationException("Run from inside the repository.");
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_LTITOOL", Path.Combine(root, "src", "LtiTool"));
        using var factory = new LoadFactory(folder);
        var addresses = new SandboxAddresses("http://localhost/sandbox", "http://localhost");
        SandboxPlacement placement;
        using (var scope = factory.Services.CreateScope())
        {
            placement = await scope.ServiceProvider.GetRequiredService<SandboxDemoAssignment>().PlaceAsync(addresses, "Load test", 20m, default);
        }

        var queueWatch = Stopwatch.StartNew();
        for (var queued = 0; queued < count; queued += 1000)
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<ScoreOutbox>();
            var course = await db.Courses.Include(c => c.Deployment!).ThenInclude(d => d.Registration).SingleAsync();
            for (var i = queued; i < Math.Min(count, queued + 1000); i++)
            {
                var user = new LtiUser { RegistrationId = course.Deployment!.RegistrationId, Subject = $"load-student-{i}", Name = $"Student {i}" };
                db.Users.Add(user);
                await outbox.EnqueueAsync(new OutboxScore(course.Deployment.Registration!, course.Id, null, user,
                    SandboxLineItemEndpoints.ItemUrl(addresses.PlatformBaseUrl, placement.LineItemId!), i % 21, 20m, null, ScoreEvent.GradeReleased), default);
            }

            await db.SaveChangesAsync();
        }

        Console.WriteLine($"Queued {count} scores in {queueWatch.Elapsed.TotalSeconds:F1} s");
        var worker = factory.Services.GetRequiredService<ScoreDeliveryWorker>();
        var gradebook = factory.Services.GetRequiredService<SandboxGradebook>();
        var tokens = factory.Services.GetRequiredService<PlatformTokenClient>();
        await worker.DeliverDueAsync(); // warm-up: first token, JIT
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var peak = heapBefore;
        var passes = 0;
        var watch = Stopwatch.StartNew();
        var startCount = gradebook.Scores.Count;
        while (await worker.DeliverDueAsync() > 0)
        {
            if (++passes % 20 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                Console.WriteLine($"  {gradebook.Scores.Count,6} delivered, heap {GC.GetTotalMemory(false) / 1024 / 1024} MB");
            }
        }

        watch.Stop();
        var delivered = gradebook.Scores.Count - startCount;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"Delivered {gradebook.Scores.Count} of {count} ({delivered} timed) in {watch.Elapsed.TotalSeconds:F2} s: {delivered / watch.Elapsed.TotalSeconds:F0} scores/s");
        Console.WriteLine($"Token requests: {tokens.RequestCount}; delivery passes: {passes}");
        Console.WriteLine($"GC heap before {heapBefore / 1024 / 1024.0:F1} MB, peak sampled {peak / 1024 / 1024.0:F1} MB, after {heapAfter / 1024 / 1024.0:F1} MB");
        Console.WriteLine("(the sandbox platform keeps every score it receives in memory; that share of the heap is the LMS's, not the tool's)");
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
