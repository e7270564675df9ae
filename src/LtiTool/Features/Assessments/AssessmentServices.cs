using LtiPathways.LtiTool.Features.Assessments.Peer;
using LtiPathways.LtiTool.Features.Assessments.Settings;

namespace LtiPathways.LtiTool.Features.Assessments;

public static class AssessmentServices
{
    public static IServiceCollection AddAssessments(this IServiceCollection services)
    {
        services.AddScoped<RubricLibrary>();
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
