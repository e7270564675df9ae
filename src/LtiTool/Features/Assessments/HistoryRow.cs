namespace LtiPathways.LtiTool.Features.Assessments;

public record HistoryRow(string AssignmentTitle, string RubricTitle, int RubricVersion, decimal? Total, decimal? Maximum, decimal? LmsPoints, decimal ScoreMaximum, DateTime? ReleasedAt);
