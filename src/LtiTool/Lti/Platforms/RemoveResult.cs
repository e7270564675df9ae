namespace LtiPathways.LtiTool.Lti.Platforms;

public enum RemoveResult
{
    Removed,
    NotFound,
    InUse,
}
