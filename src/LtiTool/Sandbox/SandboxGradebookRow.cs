namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The latest score one student has in one gradebook column, as the sandbox gradebook page shows it.</summary>
public record SandboxGradebookRow(
    string Column, string Student, string? Score, string ActivityProgress, string GradingProgress, string? Comment, string Timestamp,
    DateTimeOffset ReceivedAt);
