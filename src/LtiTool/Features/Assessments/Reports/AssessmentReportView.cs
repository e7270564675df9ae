using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Assessments.Reports;

/// <summary>Criterion statistics for the assignment's current rubric version, over the marks made on it.</summary>
public record AssessmentReportView(string CourseTitle, string AssignmentTitle, string RubricTitle, int VersionNumber, RubricStatistics Statistics, string SessionToken);
