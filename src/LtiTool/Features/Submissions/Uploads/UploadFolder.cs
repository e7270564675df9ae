using LtiPathways.LtiTool.Storage;
using Microsoft.Extensions.Options;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>Where the bytes of unfinished uploads wait: <c>Storage:Root/uploads/{id}.part</c>.</summary>
public class UploadFolder(IOptions<StorageOptions> options)
{
    public string Root { get; } = Path.Combine(Path.GetFullPath(options.Value.Root), "uploads");

    public string PathOf(Guid uploadId) => Path.Combine(Root, uploadId.ToString("N") + ".part");
}
