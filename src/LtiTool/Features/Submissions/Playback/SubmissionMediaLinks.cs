using LtiPathways.LtiTool.Lti;
using LtiPathways.PathwayGraphQL.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions.Playback;

/// <summary>The core's signed links (for the API) are the players' <see cref="MediaLinks"/>, made absolute on the tool's own address.</summary>
public class SubmissionMediaLinks(MediaLinks links, ToolUrls urls, IHttpContextAccessor http, TimeProvider clock) : ISubmissionMediaLinks
{
    public SignedMediaLink For(Guid fileId)
    {
        // Read before signing, so the link is good at least until the moment it names.
        var expiresAt = clock.GetUtcNow() + MediaLinks.Lifetime;
        var path = links.For(fileId);
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Media links are signed while answering a request.");
        return new SignedMediaLink(urls.Absolute(request, path), expiresAt);
    }
}
