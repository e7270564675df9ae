using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Data.Submissions;

/// <summary>The submission tables, reached through the one context without widening its class for every feature.</summary>
public static class SubmissionSets
{
    public static DbSet<Submission> Submissions(this PathwaysDbContext db) => db.Set<Submission>();

    public static DbSet<SubmissionFile> SubmissionFiles(this PathwaysDbContext db) => db.Set<SubmissionFile>();

    public static DbSet<UploadSession> UploadSessions(this PathwaysDbContext db) => db.Set<UploadSession>();

    public static DbSet<MediaJob> MediaJobs(this PathwaysDbContext db) => db.Set<MediaJob>();

    public static DbSet<CaptionTrack> CaptionTracks(this PathwaysDbContext db) => db.Set<CaptionTrack>();

    public static DbSet<MediaComment> MediaComments(this PathwaysDbContext db) => db.Set<MediaComment>();

    public static DbSet<SubmissionPolicy> SubmissionPolicies(this PathwaysDbContext db) => db.Set<SubmissionPolicy>();

    public static DbSet<BlobDeletion> BlobDeletions(this PathwaysDbContext db) => db.Set<BlobDeletion>();
}
