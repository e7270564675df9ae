using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Sandbox;
using LtiPathways.LtiTool.Tests.DeepLinking;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.LtiTool.Tests.Submissions;

/// <summary>A placed assignment taking every submission type, and session tokens of people who launched it.</summary>
public sealed class SubmissionHarness : IDisposable
{
    private readonly string? sharedFolder;

    /// <param name="sharedFolder">Keep database and media here (not in the factory's own temp folder), so a restart finds them.</param>
    public SubmissionHarness(string? sharedFolder = null)
    {
        this.sharedFolder = sharedFolder;
        Factory = NewFactory();
    }

    public ToolFactory Factory { get; private set; }

    public LaunchDriver Driver { get; private set; } = default!;

    public Guid AssignmentId { get; private set; }

    public SandboxPlacement Placement { get; private set; } = default!;

    public async Task PlaceAsync(string dueAt = "2030-05-01T17:00", string types = "essay|video|audio|link|file")
    {
        Driver = new LaunchDriver(Factory);
        await Driver.RegisterSandboxAsync();
        var fields = new Dictionary<string, string>(DeepLinkingFlow.AssessedFields) { ["submission_types"] = types, ["due_at"] = dueAt };
        var jwt = await DeepLinkingFlow.PlaceAsync(Driver, fields);
        AssignmentId = Guid.Parse(DeepLinkingFlow.Items(jwt)[0]!["custom"]!["assignment_id"]!.GetValue<string>());
        Placement = new SandboxPlacement("placed-work", "Reflective project: service learning", "http://localhost/lti/launch",
            new Dictionary<string, string> { ["assignment_id"] = AssignmentId.ToString() }, "placed-work-column");
    }

    /// <summary>Launches the placed link as the person and returns the session token; <paramref name="change"/> edits the claims first.</summary>
    public Task<string> SessionAsync(string person = "student", Action<JsonObject>? change = null) =>
        SessionAsync(SandboxCourse.Find(person)!, person, change);

    /// <summary>Launches as anyone, such as a roster student the sandbox page has no button for (the login starts as <paramref name="loginAs"/>).</summary>
    public async Task<string> SessionAsync(SandboxPerson person, string loginAs = "student", Action<JsonObject>? change = null)
    {
        var login = await Driver.LoginAsync(loginAs);
        var claims = SandboxMessage.IdToken(person, "LtiResourceLinkRequest", login.Nonce,
            LaunchDriver.ToolBase, LaunchDriver.Addresses.PlatformBaseUrl, Factory.Clock.GetUtcNow(), placement: Placement);
        change?.Invoke(claims);
        using var response = await Driver.LaunchAsync(Driver.Sign(claims), login.State);
        return await LaunchDriver.SessionFromAsync(response);
    }

    public HttpRequestMessage Request(HttpMethod method, string path, string token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, LaunchDriver.ToolBase + path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public HttpRequestMessage Tus(HttpMethod method, string path, string token, HttpContent? content = null)
    {
        var request = Request(method, path, token, content);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        return request;
    }

    /// <summary>Uploads the bytes through tus in one piece as the person's file of that kind and returns the stored file's id.</summary>
    public async Task<Guid> UploadAsync(string token, byte[] bytes, string kind = "file", string name = "portfolio.pdf")
    {
        var create = Tus(HttpMethod.Post, "/app/uploads", token);
        create.Headers.Add("Upload-Length", bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        create.Headers.Add("Upload-Metadata", Metadata(("assignment", AssignmentId.ToString()), ("filename", name), ("kind", kind)));
        using var created = await Driver.Client.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var patch = Tus(HttpMethod.Patch, created.Headers.Location!.OriginalString, token, new ByteArrayContent(bytes));
        patch.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        patch.Headers.Add("Upload-Offset", "0");
        using var patched = await Driver.Client.SendAsync(patch);
        Assert.Equal(HttpStatusCode.NoContent, patched.StatusCode);
        return Guid.Parse(patched.Headers.GetValues("Upload-File-Id").Single());
    }

    public static string Metadata(params (string Key, string Value)[] pairs) =>
        string.Join(',', pairs.Select(p => $"{p.Key} {Convert.ToBase64String(Encoding.UTF8.GetBytes(p.Value))}"));

    public async Task<T> QueryAsync<T>(Func<PathwaysDbContext, Task<T>> query)
    {
        using var scope = Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PathwaysDbContext>());
    }

    /// <summary>Changes the policy row the picker saved with the assignment.</summary>
    public Task<int> PolicyAsync(Action<SubmissionPolicy> change) => QueryAsync(async db =>
    {
        change(await db.SubmissionPolicies.SingleAsync(p => p.AssignmentId == AssignmentId));
        return await db.SaveChangesAsync();
    });

    /// <summary>Stops the tool and starts a new one on the same database and media folder, as after a restart.</summary>
    public void Restart()
    {
        Driver.Dispose();
        Factory.Dispose();
        Factory = NewFactory();
        Driver = new LaunchDriver(Factory);
    }

    private ToolFactory NewFactory()
    {
        var factory = new ToolFactory();
        if (sharedFolder is not null)
        {
            factory.Settings["ConnectionStrings:Default"] = $"Data Source={Path.Combine(sharedFolder, "tool.db")};Pooling=False";
            factory.Settings["Storage:Root"] = Path.Combine(sharedFolder, "media");
        }

        return factory;
    }

    public void Dispose()
    {
        Driver?.Dispose();
        Factory.Dispose();
    }
}
