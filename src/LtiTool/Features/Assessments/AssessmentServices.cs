using LtiPathways.LtiTool.Features.Assessments.History;
using LtiPathways.LtiTool.Features.Assessments.Marking;
using LtiPathways.LtiTool.Features.Assessments.Peer;
using LtiPathways.LtiTool.Features.Assessments.Reports;
using LtiPathways.PathwayGraphQL.Assessments;
using LtiPathways.PathwayGraphQL.Assessments.Marking;
using LtiPathways.PathwayGraphQL.Assessments.Moves;
using LtiPathways.PathwayGraphQL.Assessments.Peer;
using LtiPathways.PathwayGraphQL.Assessments.Release;

namespace LtiPathways.LtiTool.Features.Assessments;

public static class AssessmentServices
{
    public static IServiceCollection AddAssessments(this IServiceCollection services)
    {
        services.AddScoped<AssessedAssignments>();
        services.AddScoped<RubricCriteria>();
        services.AddScoped<AssessmentQueries>();
        services.AddScoped<StudentAssessmentQueries>();
        services.AddScoped<AssessmentDrafts>();
        services.AddScoped<AssessmentRelease>();
        services.AddScoped<AssessmentExport>();
        services.AddScoped<CommentBank>();
        services.AddScoped<ModerationService>();
        services.AddScoped<VersionMove>();
        services.AddScoped<StudentHistory>();
        services.AddScoped<MarkingSettings>();
        services.AddScoped<PeerRoster>();
        services.AddScoped<PeerMarks>();
        services.AddScoped<PeerQueries>();
        return services;
    }
}
