namespace LtiPathways.LtiTool.Hosting;

/// <summary>
/// One response's Content-Security-Policy: the same rules on every page, the registered platforms as the sites that may
/// frame the tool and receive its forms, and what a single endpoint adds for itself (a deep-linking return URL).
/// </summary>
public sealed class ContentSecurityPolicy
{
    private readonly List<(string Directive, List<string> Sources)> directives =
    [
        ("default-src", ["'self'"]),
        ("script-src", ["'self'"]),
        ("style-src", ["'self'"]),
        // data: is the empty favicon every page names, so that browsers do not ask for /favicon.ico.
        ("img-src", ["'self'", "data:"]),
        // blob: plays a recording back and reads a chosen file's length before it is uploaded.
        ("media-src", ["'self'", "blob:"]),
        ("object-src", ["'none'"]),
        ("base-uri", ["'none'"]),
        ("form-action", ["'self'"]),
        ("frame-ancestors", ["'self'"]),
    ];

    public ContentSecurityPolicy(IEnumerable<string> platformSources)
    {
        foreach (var source in platformSources)
        {
            Allow("form-action", source);
            Allow("frame-ancestors", source);
        }
    }

    /// <summary>Adds a source; a directive not yet named starts from 'self', as default-src would have given it.</summary>
    public ContentSecurityPolicy Allow(string directive, string source)
    {
        var index = directives.FindIndex(d => d.Directive == directive);
        var sources = index >= 0 ? directives[index].Sources : Add(directive);
        if (!sources.Contains(source, StringComparer.Ordinal))
        {
            sources.Add(source);
        }

        return this;
    }

    /// <summary>Replaces a directive's sources with one (frame-ancestors 'none' for a page no one may frame).</summary>
    public ContentSecurityPolicy Only(string directive, string source)
    {
        directives.RemoveAll(d => d.Directive == directive);
        directives.Add((directive, [source]));
        return this;
    }

    /// <summary>Adds the origin of an http(s) URL; anything else adds nothing, so the browser refuses it.</summary>
    public ContentSecurityPolicy AllowOriginOf(string directive, string? url) =>
        WebOrigin.Of(url) is { } origin ? Allow(directive, origin) : this;

    public override string ToString() => string.Join("; ", directives.Select(d => d.Directive + " " + string.Join(' ', d.Sources)));

    private List<string> Add(string directive)
    {
        List<string> sources = ["'self'"];
        directives.Add((directive, sources));
        return sources;
    }
}
