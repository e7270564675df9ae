using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace LtiPathways.Benchmarks;

/// <summary>
/// One large file through the resumable (tus) endpoint of a running tool, as one PATCH streamed from disk; prints
/// the seconds and MB/s from creation to the final 204 (which includes the server's type check, SHA-256 and move into the blob store).
/// </summary>
public static class UploadRun
{
    public static async Task RunAsync(Uri tool, string path, TextWriter output)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };

        // The sandbox answers on the other loopback name, as a platform on another site would.
        var platform = new UriBuilder(tool) { Host = tool.Host == "127.0.0.1" ? "localhost" : "127.0.0.1" }.Uri;
        var (token, assignment) = await SandboxStudentSession.LaunchAsync(client, platform);
        var length = new FileInfo(path).Length;

        var clock = Stopwatch.StartNew();
        using var create = Tus(HttpMethod.Post, new Uri(tool, "/app/uploads"), token);
        create.Headers.Add("Upload-Length", length.ToString(CultureInfo.InvariantCulture));
        create.Headers.Add("Upload-Metadata", $"assignment {B64(assignment.ToString())},filename {B64("benchmark.pdf")},kind {B64("file")}");
        using var created = await client.SendAsync(create);
        await CheckAsync(created, HttpStatusCode.Created);

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, useAsync: true);
        using var patch = Tus(HttpMethod.Patch, new Uri(tool, created.Headers.Location!), token);
        patch.Content = new StreamContent(file, 1 << 20);
        patch.Content.Headers.ContentType = new MediaTypeHeaderValue("application/offset+octet-stream");
        patch.Content.Headers.ContentLength = length;
        patch.Headers.Add("Upload-Offset", "0");
        using var patched = await client.SendAsync(patch);
        await CheckAsync(patched, HttpStatusCode.NoContent);
        clock.Stop();

        var megabytes = length / 1_000_000.0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"upload: {megabytes:F0} MB in {clock.Elapsed.TotalSeconds:F1} s = {megabytes / clock.Elapsed.TotalSeconds:F0} MB/s (file {patched.Headers.GetValues("Upload-File-Id").Single()})"));
    }

    private static HttpRequestMessage Tus(HttpMethod method, Uri uri, string token)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Tus-Resumable", "1.0.0");
        return request;
    }

    private static async Task CheckAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static string B64(string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
}
