namespace LtiPathways.LtiTool.Lti.Launch;

/// <summary>What a platform (or our own storage check page) posts to the launch URL.</summary>
public record LaunchForm(
    string? IdToken,
    string? State,
    string? Error,
    string? ErrorDescription,
    string? PlatformStorageSecret,
    bool StorageChecked)
{
    public static async Task<LaunchForm> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return new LaunchForm(null, null, null, null, null, false);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        string? Get(string name) => form.TryGetValue(name, out var value) && value.ToString().Length > 0 ? value.ToString() : null;
        return new LaunchForm(
            Get("id_token"), Get("state"), Get("error"), Get("error_description"),
            Get("platform_storage_secret"), Get("lti_storage_checked") is not null);
    }
}
