namespace LtiPathways.LtiTool.Hosting.Network;

public enum HostVerdict
{
    Public,
    NotPublic,
    NotFound,
}
