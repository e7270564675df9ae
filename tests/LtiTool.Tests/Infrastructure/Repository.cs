namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>The repository the tests run from, for files checked in beside the code (manifests, the SDL, documents).</summary>
public static class Repository
{
    public static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !System.IO.File.Exists(Path.Combine(folder.FullName, "LtiPathways.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The tests run outside the repository; its files cannot be found.");
    }

    public static string File(string relativePath) => Path.Combine(Root(), relativePath);
}
