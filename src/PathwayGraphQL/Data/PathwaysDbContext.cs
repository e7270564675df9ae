using LtiPathways.PathwayGraphQL.Data.Api;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Data.Lti;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Data.Modules;
using LtiPathways.PathwayGraphQL.Data.Partnerships;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using LtiPathways.PathwayGraphQL.Data.Reels;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LtiPathways.PathwayGraphQL.Data;

/// <summary>The school's data and the tool's protocol state, in one model so that a change and its side effects commit together.</summary>
public class PathwaysDbContext : DbContext, IDataProtectionKeyContext
{
    public PathwaysDbContext(DbContextOptions<PathwaysDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type, which only exists so that its migrations are kept apart.</summary>
    protected PathwaysDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<PlatformRegistration> PlatformRegistrations => Set<PlatformRegistration>();
    public DbSet<PlatformDeployment> PlatformDeployments => Set<PlatformDeployment>();
    public DbSet<PlatformRegistrationChange> RegistrationChanges => Set<PlatformRegistrationChange>();
    public DbSet<LoginState> LoginStates => Set<LoginState>();
    public DbSet<ToolKey> ToolKeys => Set<ToolKey>();
    public DbSet<DeepLinkingRequest> DeepLinkingRequests => Set<DeepLinkingRequest>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<LtiUser> Users => Set<LtiUser>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<ResourceLink> ResourceLinks => Set<ResourceLink>();
    public DbSet<CourseMembership> Memberships => Set<CourseMembership>();
    public DbSet<Mentorship> Mentorships => Set<Mentorship>();
    public DbSet<MentorshipClaimCourse> MentorshipClaimCourses => Set<MentorshipClaimCourse>();
    public DbSet<OutsideMentor> OutsideMentors => Set<OutsideMentor>();
    public DbSet<MentorLink> MentorLinks => Set<MentorLink>();
    public DbSet<MentorLinkUse> MentorLinkUses => Set<MentorLinkUse>();
    public DbSet<MentorNote> MentorNotes => Set<MentorNote>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<Grade> Grades => Set<Grade>();
    public DbSet<ScoreOutboxEntry> ScoreOutbox => Set<ScoreOutboxEntry>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<SubmissionFile> SubmissionFiles => Set<SubmissionFile>();
    public DbSet<UploadSession> UploadSessions => Set<UploadSession>();
    public DbSet<MediaJob> MediaJobs => Set<MediaJob>();
    public DbSet<CaptionTrack> CaptionTracks => Set<CaptionTrack>();
    public DbSet<MediaComment> MediaComments => Set<MediaComment>();
    public DbSet<SubmissionPolicy> SubmissionPolicies => Set<SubmissionPolicy>();
    public DbSet<SubmissionAccommodation> SubmissionAccommodations => Set<SubmissionAccommodation>();
    public DbSet<BlobDeletion> BlobDeletions => Set<BlobDeletion>();
    public DbSet<LibraryRubric> Rubrics => Set<LibraryRubric>();
    public DbSet<LibraryRubricVersion> RubricVersions => Set<LibraryRubricVersion>();
    public DbSet<AssessmentSettings> AssessmentSettings => Set<AssessmentSettings>();
    public DbSet<RubricAssessment> RubricAssessments => Set<RubricAssessment>();
    public DbSet<AssessmentHistoryEntry> AssessmentHistory => Set<AssessmentHistoryEntry>();
    public DbSet<CommentBankEntry> CommentBank => Set<CommentBankEntry>();
    public DbSet<ModerationRecord> ModerationRecords => Set<ModerationRecord>();
    public DbSet<PlanTemplateVersion> PlanTemplates => Set<PlanTemplateVersion>();
    public DbSet<PathwayPlan> Plans => Set<PathwayPlan>();
    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();
    public DbSet<PlanSignOff> PlanSignOffs => Set<PlanSignOff>();
    public DbSet<PlanComment> PlanComments => Set<PlanComment>();
    public DbSet<PlanSummary> PlanSummaries => Set<PlanSummary>();
    public DbSet<PlanYearFigure> PlanYearFigures => Set<PlanYearFigure>();
    public DbSet<PathwayCoordinator> PathwayCoordinators => Set<PathwayCoordinator>();
    public DbSet<CareerExploration> CareerExplorations => Set<CareerExploration>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<PartnershipProvider> PartnershipProviders => Set<PartnershipProvider>();
    public DbSet<ProviderCourse> ProviderCourses => Set<ProviderCourse>();
    public DbSet<ProviderContact> ProviderContacts => Set<ProviderContact>();
    public DbSet<ProviderEvaluation> ProviderEvaluations => Set<ProviderEvaluation>();
    public DbSet<PartnershipAgreement> PartnershipAgreements => Set<PartnershipAgreement>();
    public DbSet<PilotStudent> PilotStudents => Set<PilotStudent>();
    public DbSet<AnnualReview> AnnualReviews => Set<AnnualReview>();
    public DbSet<PartnershipMeeting> PartnershipMeetings => Set<PartnershipMeeting>();
    public DbSet<GlobalIdSecret> GlobalIdSecrets => Set<GlobalIdSecret>();
    public DbSet<Reel> Reels => Set<Reel>();
    public DbSet<ReelSlide> ReelSlides => Set<ReelSlide>();
    public DbSet<ReelLink> ReelLinks => Set<ReelLink>();
    public DbSet<ReelLinkUse> ReelLinkUses => Set<ReelLinkUse>();
    public DbSet<LearningModule> LearningModules => Set<LearningModule>();
    public DbSet<ModuleEnrolment> ModuleEnrolments => Set<ModuleEnrolment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PathwaysDbContext).Assembly);

        // Every entity sets its own Guid key (Guid.NewGuid()). Told so, EF inserts a new entity it finds through a
        // navigation; believing the store generates keys, it would take a set key for an existing row and UPDATE it.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(entity => entity.FindPrimaryKey()))
        {
            if (key?.Properties is [{ ClrType: var type } property] && type == typeof(Guid))
            {
                property.ValueGenerated = ValueGenerated.Never;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; the converter restores the Kind that providers drop on the way back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
