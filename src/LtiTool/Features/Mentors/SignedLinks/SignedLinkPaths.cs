namespace LtiPathways.LtiTool.Features.Mentors.SignedLinks;

/// <summary>Where a signed link's pages live: the token is the whole credential, so every address starts with it.</summary>
public static class SignedLinkPaths
{
    public const string Root = "/mentor-link";

    public static string Home(string token) => $"{Root}/{token}";

    public static string Student(string token, Guid studentId) => $"{Home(token)}/students/{studentId}";
}
