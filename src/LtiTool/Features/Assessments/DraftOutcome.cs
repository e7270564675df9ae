namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>What an autosave came to: saved (with the new version), refused with a sentence, or a conflict with both sides.</summary>
public record DraftOutcome(int Status, object Body);
