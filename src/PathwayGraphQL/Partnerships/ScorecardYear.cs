namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>One year's scorecard and how each figure moved since the year before (null for the first year reviewed).</summary>
public sealed record ScorecardYear(
    int Year, decimal CompletionPercent, decimal AttendancePercent, decimal Satisfaction, int CredentialsEarned, string Outcomes,
    decimal? CompletionChange, decimal? AttendanceChange, decimal? SatisfactionChange, int? CredentialsChange);
