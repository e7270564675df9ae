using LtiPathways.LtiTool.Features.Assessments.History;
using LtiPathways.LtiTool.Features.Assessments.Marking;
using LtiPathways.LtiTool.Features.Assessments.Moderation;
using LtiPathways.LtiTool.Features.Assessments.Moves;
using LtiPathways.LtiTool.Features.Assessments.Peer;
using LtiPathways.LtiTool.Features.Assessments.Release;
using LtiPathways.LtiTool.Features.Assessments.Reports;
using LtiPathways.LtiTool.Features.Assessments.Settings;
using LtiPathways.LtiTool.Shared;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>Rubric assessment of an assignment: the grading view, autosave, release, moderation, feedback and reports.</summary>
public static class AssessmentEndpoints
{
    public const string Path = ToolLinks.Assessments;

    public static IEndpointRouteBuilder MapAssessments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).RequireAuthorization();
        group.MapGet("/", MarkingEndpoints.ShowAsync);
        group.MapPost("/draft", MarkingEndpoints.SaveDraftAsync);
        group.MapPost("/comments", MarkingEndpoints.SaveCommentAsync);
        group.MapPost("/release/{student:guid}", ReleaseEndpoints.ReleaseOneAsync);
        group.MapPost("/release-all", ReleaseEndpoints.ReleaseAllAsync);
        group.MapPost("/retry/{student:guid}", ReleaseEndpoints.RetryAsync);
        group.MapPost("/moderate/{student:guid}", ModerationEndpoints.ResolveAsync);
        group.MapGet("/feedback", AssessmentReportEndpoints.FeedbackAsync);
        group.MapGet("/report", AssessmentReportEndpoints.ReportAsync);
        group.MapGet("/export.csv", AssessmentReportEndpoints.ExportAsync);
        group.MapGet("/move", MoveEndpoints.PreviewAsync);
        group.MapPost("/move", MoveEndpoints.ConfirmAsync);
        group.MapGet("/history", HistoryEndpoints.PageAsync);
        group.MapGet("/history.csv", HistoryEndpoints.CsvAsync);
        group.MapGet("/settings", SettingsEndpoints.ShowAsync);
        group.MapPost("/settings", SettingsEndpoints.SaveAsync);
        group.MapGet("/peer", PeerEndpoints.PageAsync);
        return routes;
    }
}
