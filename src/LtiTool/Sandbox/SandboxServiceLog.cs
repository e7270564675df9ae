using System.Collections.Concurrent;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>Every service call the sandbox answered, in order, so tests can see exactly what the tool sent.</summary>
public sealed class SandboxServiceLog
{
    private readonly ConcurrentQueue<SandboxServiceCall> calls = new();

    public void Add(HttpRequest request, int statusCode) =>
        calls.Enqueue(new SandboxServiceCall(request.Method, request.Path + request.QueryString, request.ContentType, statusCode));

    public IReadOnlyList<SandboxServiceCall> Calls => [.. calls];
}
