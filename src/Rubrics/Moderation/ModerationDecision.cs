namespace LtiPathways.Rubrics;

/// <summary>What the moderator decided, who, when and why. <see cref="Own"/> is required for <see cref="ModerationChoice.Own"/>.</summary>
public sealed record ModerationDecision(
    ModerationChoice Choice, string DecidedBy, string Reason, DateTimeOffset DecidedAt, Selections? Own = null);
