using LtiPathways.LtiTool.Features.Submissions.Accommodations;
using LtiPathways.LtiTool.Features.Submissions.Captions;
using LtiPathways.LtiTool.Features.Submissions.Comments;
using LtiPathways.LtiTool.Features.Submissions.LinkPreviews;
using LtiPathways.LtiTool.Features.Submissions.Playback;
using LtiPathways.LtiTool.Features.Submissions.Settings;
using LtiPathways.LtiTool.Features.Submissions.StudentWork;
using LtiPathways.LtiTool.Features.Submissions.Uploads;
using LtiPathways.LtiTool.Localization;
using LtiPathways.LtiTool.Media;
using LtiPathways.LtiTool.Storage;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Submissions;
using Microsoft.Extensions.Localization;

namespace LtiPathways.LtiTool.Features.Submissions;

public static class SubmissionServices
{
    /// <summary>Everything submissions need: storage, resumable uploads, drafts and submitting, assignment settings and accommodations, media processing.</summary>
    public static IServiceCollection AddSubmissions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBlobStorage(configuration);
        services.AddOptions<UploadOptions>().Bind(configuration.GetSection(UploadOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UploadFolder>();
        services.AddSingleton<UploadHashes>();
        services.AddScoped<IBlobRemoval>(provider => provider.GetRequiredService<BlobRemoval>());
        services.AddScoped<AssignmentLookup>();
        services.AddScoped<SubmissionFileAccess>();
        services.AddScoped<SubmissionDrafts>();
        services.AddScoped<SubmissionWork>();
        services.AddScoped<DraftFileRemoval>();
        services.AddScoped<SubmissionQueries>();
        services.AddScoped<SubmittedScore>();
        services.AddScoped<SubmissionSettings>();
        services.AddScoped<AssignmentSettings>();
        services.AddScoped<StudentAccommodations>();
        services.AddScoped<AccommodationGrants>();
        services.AddScoped<MediaComments>();
        services.AddScoped<SubmissionCaptions>();
        services.AddLinkPreviews(configuration);
        services.AddSingleton<MediaLinks>();
        services.AddHttpContextAccessor();
        services.AddScoped<ISubmissionMediaLinks, SubmissionMediaLinks>();
        services.AddScoped<SubmittedFileViews>();
        services.AddScoped(sp => new SubmissionWords(sp.GetRequiredService<IStringLocalizer<SubmissionText>>(), sp.GetRequiredService<PersonTime>().Show));
        services.AddScoped<UploadAllowance>();
        services.AddScoped<UploadCreation>();
        services.AddScoped<UploadReceiver>();
        services.AddScoped<UploadCompletion>();
        services.AddScoped<UploadCleanup>();
        services.AddHostedService<UploadCleanupWorker>();
        services.AddMediaProcessing(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapSubmissions(this IEndpointRouteBuilder routes)
    {
        routes.MapUploads();
        routes.MapSubmissionPages();
        routes.MapStudentWorkForms();
        routes.MapAssignmentSettings();
        routes.MapMedia();
        routes.MapCaptions();
        routes.MapMediaComments();
        return routes;
    }
}
