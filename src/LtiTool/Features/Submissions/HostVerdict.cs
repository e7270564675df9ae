namespace LtiPathways.LtiTool.Features.Submissions;

public enum HostVerdict
{
    Public,
    NotPublic,
    NotFound,
}
