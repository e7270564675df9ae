using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Data.Rubrics;

namespace LtiPathways.LtiTool.Features.Assessments.Settings;

/// <summary>The assignment's rubric settings as the form shows them, with the teachers who may second-mark.</summary>
public record SettingsView(
    string CourseTitle,
    string AssignmentTitle,
    string RubricTitle,
    AssessmentSettings Settings,
    IReadOnlyList<MarkerOption> Teachers,
    string SessionToken,
    string? Notice = null,
    string? Problem = null);
