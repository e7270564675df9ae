namespace LtiPathways.LtiTool.Features.Submissions;

public enum DraftFileRemovalOutcome
{
    Removed,
    NotFound,

    /// <summary>The file belongs to a submitted (or withdrawn) attempt, which is never changed.</summary>
    HandedIn,
}
