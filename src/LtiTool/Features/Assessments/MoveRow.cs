namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>One assessment in the move preview; <see cref="Stays"/> says why it is not moved (released work keeps its version).</summary>
public record MoveRow(string StudentName, string Kind, int FromVersion, decimal? OldTotal, decimal? OldPoints, decimal? NewTotal, decimal? NewPoints,
    bool Changed, IReadOnlyList<string> NotMoved, string? Stays);
