namespace LtiPathways.LtiTool.Features.Assessments.History;

public record HistoryRow(string AssignmentTitle, string RubricTitle, int RubricVersion, decimal? Total, decimal? Maximum, decimal? LmsPoints, decimal ScoreMaximum, DateTime? ReleasedAt);
