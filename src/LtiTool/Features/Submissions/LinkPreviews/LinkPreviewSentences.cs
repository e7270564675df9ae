namespace LtiPathways.LtiTool.Features.Submissions.LinkPreviews;

/// <summary>What the student reads when a preview cannot be made; never the remote page's own error text.</summary>
public static class LinkPreviewSentences
{
    public const string NotAnAddress = "Enter the full web address, starting with https://.";
    public const string NotWeb = "Only web addresses starting with http:// or https:// can be previewed.";
    public const string HasCredentials = "A web address with a user name or password in it is not fetched.";
    public const string Port = "Only pages on the usual web ports (80 and 443) can be previewed.";
    public const string Private = "That address points inside a private network, so the tool will not fetch it.";
    public const string TooSlow = "The page took too long to answer.";
    public const string NoRedirectTarget = "The page redirects without saying where to.";
    public const string NotAWebPage = "That page is not a web page we can preview.";
    public const string Unreachable = "The page could not be reached; check the address, or type the title and description yourself.";
    public const string NothingToFill = "The page has no title or description to fill in; type them yourself.";

    public static string NotFound(string host) => $"The address {host} could not be found; check the link.";

    public static string TooManyRedirects(int limit) => $"The page redirects more than {limit} times, so the tool stopped following it.";

    public static string ErrorStatus(int status) => $"The page answered with HTTP status {status}, so there is nothing to preview.";
}
