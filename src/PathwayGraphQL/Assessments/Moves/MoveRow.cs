namespace LtiPathways.PathwayGraphQL.Assessments.Moves;

/// <summary>One assessment in the move preview; a released one (<see cref="Released"/>) is not moved, it keeps its version.</summary>
public record MoveRow(string? StudentName, string Kind, int FromVersion, decimal? OldTotal, decimal? OldPoints, decimal? NewTotal, decimal? NewPoints,
    bool Changed, IReadOnlyList<string> NotMoved, bool Released);
