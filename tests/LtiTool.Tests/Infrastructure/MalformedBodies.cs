using System.Net.Http.Headers;
using System.Text;

namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>Request bodies a careless client or an attacker sends: each is a fresh content, since a request disposes its own.</summary>
public static class MalformedBodies
{
    public static readonly IReadOnlyDictionary<string, Func<HttpContent?>> All = new Dictionary<string, Func<HttpContent?>>
    {
        ["truncated multipart"] = TruncatedMultipart,
        ["text instead of a form"] = () => new StringContent("hello", Encoding.UTF8, "text/plain"),
        ["invalid JSON"] = () => new StringContent("{\"essay\": ", Encoding.UTF8, "application/json"),
        ["invalid UTF-8 JSON"] = () => Bytes([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D], "application/json; charset=utf-8"),
        ["invalid UTF-8 form"] = () => Bytes([0x61, 0x3D, 0xC3, 0x28, 0xFF, 0x26, 0x62], "application/x-www-form-urlencoded"),
        ["empty form"] = () => Bytes([], "application/x-www-form-urlencoded"),
        ["empty"] = () => null,
    };

    /// <summary>A multipart form whose body stops inside its first part, before any closing boundary.</summary>
    public static HttpContent TruncatedMultipart()
    {
        var content = Bytes(Encoding.ASCII.GetBytes("--b0undary\r\nContent-Disposition: form-data; name=\"state\"\r\n\r\nabc"), "multipart/form-data");
        content.Headers.ContentType!.Parameters.Add(new NameValueHeaderValue("boundary", "b0undary"));
        return content;
    }

    private static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }
}
