using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Submissions;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Mentoring;

/// <summary>
/// An assessed assignment with two students' submitted work: Jordan Lee's video (the sandbox mentor Sam Okafor's
/// mentee) and Casey Moreau's PDF (nobody's mentee), and the sessions of both, their teacher and the mentor.
/// </summary>
public sealed partial class MentorScenario : IDisposable
{
    public const string CaseySubject = "sandbox-student-2";

    public SubmissionHarness Harness { get; } = new();

    public string Jordan { get; private set; } = "";
    public string Casey { get; private set; } = "";
    public string Teacher { get; private set; } = "";
    public string Mentor { get; private set; } = "";
    public SubmissionFile JordanVideo { get; private set; } = default!;
    public SubmissionFile CaseyPdf { get; private set; } = default!;

    public Guid AssignmentId => Harness.AssignmentId;
    public HttpClient Client => Harness.Driver.Client;

    public async Task StartAsync()
    {
        await Harness.PlaceAsync(types: "essay|video|file");
        Jordan = await Harness.SessionAsync("student");
        Casey = await Harness.SessionAsync("student", claims =>
        {
            (claims["sub"], claims["name"], claims["given_name"], claims["family_name"]) = (CaseySubject, "Casey Moreau", "Casey", "Moreau");
            claims["email"] = "casey.moreau@example.org";
        });
        JordanVideo = await UploadAndSubmitAsync(Jordan, Files.WebM(30_000), "video", "interview.webm");
        CaseyPdf = await UploadAndSubmitAsync(Casey, Files.Pdf(20_000), "file", "report.pdf");
        Teacher = await Harness.SessionAsync("teacher");
        Mentor = await Harness.SessionAsync("mentor");
    }

    public string SubmissionsPage => $"/app/assignments/{AssignmentId}/submission";

    public string Comments(SubmissionFile file) => $"/app/assignments/{AssignmentId}/files/{file.Id}/comments";

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path, string token)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var response = await Client.GetAsync($"{LaunchDriver.ToolBase}{path}{separator}session={Uri.EscapeDataString(token)}");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var response = await Client.SendAsync(Harness.Request(method, path, token, body is null ? null : JsonContent.Create(body)));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The signed links a page offers for a file (player sources, previews, downloads).</summary>
    public static IReadOnlyList<string> MediaLinks(string html, SubmissionFile file) =>
        MediaLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(link => link.StartsWith($"/media/{file.Id:N}?", StringComparison.Ordinal)).Distinct().ToList();

    public void Dispose() => Harness.Dispose();

    /// <summary>Uploads the bytes through tus into the person's draft and returns the stored file.</summary>
    public async Task<SubmissionFile> UploadAsync(string token, byte[] bytes, string kind, string name)
    {
        var create = Harness.Tus(HttpMethod.Post, "/app/uploads", token);
        create.Headers.Add("Upload-Length", bytes.Length.ToString(CultureInfo.InvariantCulture));
        create.Headers.Add("Upload-Metadata", SubmissionHarness.Metadata(("assignment", AssignmentId.ToString()), ("filename", name), ("kind", kind)));
        using var created = await Client.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var patch = Harness.Tus(HttpMethod.Patch, created.Headers.Location!.OriginalString, token, new ByteArrayContent(bytes));
        patch.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        patch.Headers.Add("Upload-Offset", "0");
        using var patched = await Client.SendAsync(patch);
        Assert.Equal(HttpStatusCode.NoContent, patched.StatusCode);
        var id = Guid.Parse(patched.Headers.GetValues("Upload-File-Id").Single());
        return await Harness.QueryAsync(db => db.SubmissionFiles.AsNoTracking().SingleAsync(f => f.Id == id));
    }

    private async Task<SubmissionFile> UploadAndSubmitAsync(string token, byte[] bytes, string kind, string name)
    {
        var file = await UploadAsync(token, bytes, kind, name);
        var (status, body) = await SendAsync(HttpMethod.Post, $"{SubmissionsPage}/submit", token);
        Assert.True(status == HttpStatusCode.OK, body);
        return file;
    }

    [GeneratedRegex("(?:src|href)=\"(/media/[^\"]+)\"")]
    private static partial Regex MediaLink();
}
