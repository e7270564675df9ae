namespace LtiPathways.Rubrics;

/// <summary>A markband total of at least <see cref="MinimumTotal"/> earns <see cref="Grade"/> (1–7).</summary>
public sealed record GradeBoundary(int Grade, decimal MinimumTotal);
