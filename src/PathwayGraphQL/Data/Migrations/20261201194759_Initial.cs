using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BlobDeletions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BlobDeletions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LoginStates",
                columns: table => new
                {
                    State = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BrowserSecretHash = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    TargetLinkUri = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LoginHint = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    MessageHint = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StorageTarget = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsumedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoginStates", x => x.State);
                });

            migrationBuilder.CreateTable(
                name: "PlatformRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorizationEndpoint = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TokenEndpoint = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    JwksUri = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AutoRegisterDeployments = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PendingApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProductFamily = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformRegistrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScoreOutbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineItemUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
                    Timestamp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastStatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ToolKeys",
                columns: table => new
                {
                    Kid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "TEXT", nullable: false),
                    PublicJwk = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActivatesAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RetiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnpublishAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ToolKeys", x => x.Kid);
                });

            migrationBuilder.CreateTable(
                name: "PlatformDeployments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformDeployments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlatformDeployments_PlatformRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "PlatformRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FamilyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    LastLaunchAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Users_PlatformRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "PlatformRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContextId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LineItemsUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ServiceScopes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MembershipsUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RosterSyncedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Courses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Courses_PlatformDeployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "PlatformDeployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommentBank",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommentBank", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommentBank_Users_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Mentorships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MenteeSubject = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentorships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mentorships_PlatformRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "PlatformRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Mentorships_Users_MentorUserId",
                        column: x => x.MentorUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Instructions = table.Column<string>(type: "TEXT", nullable: false),
                    SubmissionTypes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Rubric = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PointsPossible = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assignments_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeepLinkingRequests",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlatformDeploymentId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ReturnUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DataJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AcceptTypes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AcceptPresentationTargets = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AcceptMultiple = table.Column<bool>(type: "INTEGER", nullable: false),
                    AutoCreate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsumedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeepLinkingRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeepLinkingRequests_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DeepLinkingRequests_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Roles = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LastLaunchAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    RosterSyncedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Memberships_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Memberships_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResourceLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceLinkId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    CustomJson = table.Column<string>(type: "TEXT", nullable: false),
                    LineItemUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResourceLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResourceLinks_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rubrics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TemplateKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rubrics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rubrics_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Rubrics_PlatformDeployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "PlatformDeployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentorshipClaimCourses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MentorshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorshipClaimCourses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorshipClaimCourses_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentorshipClaimCourses_Mentorships_MentorshipId",
                        column: x => x.MentorshipId,
                        principalTable: "Mentorships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Grades",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ReleasedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GradedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Grades", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Grades_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Grades_Users_StudentUserId",
                        column: x => x.StudentUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ModerationRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstAssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondAssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FinalAssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TotalA = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    TotalB = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    FinalTotal = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    Choice = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModerationRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModerationRecords_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionAccommodations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExtraTypes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SetByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionAccommodations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionAccommodations_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SubmissionAccommodations_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SubmissionAccommodations_Users_SetByUserId",
                        column: x => x.SetByUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SubmissionAccommodations_Users_StudentUserId",
                        column: x => x.StudentUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionPolicies",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttemptsAllowed = table.Column<int>(type: "INTEGER", nullable: false),
                    MinWords = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxWords = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxFileBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    MaxDurationSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    AllowLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    LateUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AllowWithdraw = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionPolicies", x => x.AssignmentId);
                    table.ForeignKey(
                        name: "FK_SubmissionPolicies_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EssayMarkdown = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    EssayHtml = table.Column<string>(type: "TEXT", maxLength: 400000, nullable: false),
                    WordCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LinkUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LinkTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    LinkDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Submissions_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Submissions_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Submissions_Users_StudentUserId",
                        column: x => x.StudentUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UploadSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DeclaredLength = table.Column<long>(type: "INTEGER", nullable: true),
                    MaxLength = table.Column<long>(type: "INTEGER", nullable: false),
                    Offset = table.Column<long>(type: "INTEGER", nullable: false),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmissionFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UploadSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UploadSessions_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UploadSessions_Users_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentSettings",
                columns: table => new
                {
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RubricId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ShowRubricToStudents = table.Column<bool>(type: "INTEGER", nullable: false),
                    DoubleMarking = table.Column<bool>(type: "INTEGER", nullable: false),
                    SelfAssessment = table.Column<bool>(type: "INTEGER", nullable: false),
                    PeerAssessment = table.Column<bool>(type: "INTEGER", nullable: false),
                    PeerReviewCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondMarkerUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentSettings", x => x.AssignmentId);
                    table.ForeignKey(
                        name: "FK_AssessmentSettings_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssessmentSettings_Rubrics_RubricId",
                        column: x => x.RubricId,
                        principalTable: "Rubrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RubricAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AssessorKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarkerUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RubricId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RubricVersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    SelectionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    OverallComment = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    AveragedTotal = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReleasedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RubricAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RubricAssessments_Assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RubricAssessments_Rubrics_RubricId",
                        column: x => x.RubricId,
                        principalTable: "Rubrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RubricAssessments_Users_StudentUserId",
                        column: x => x.StudentUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RubricVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RubricId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RubricVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RubricVersions_Rubrics_RubricId",
                        column: x => x.RubricId,
                        principalTable: "Rubrics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DerivedFromFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DurationSeconds = table.Column<double>(type: "REAL", nullable: true),
                    Codecs = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Width = table.Column<int>(type: "INTEGER", nullable: true),
                    Height = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionFiles_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SavedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SelectionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    OverallComment = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentHistory_RubricAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "RubricAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaptionTracks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaptionTracks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaptionTracks_SubmissionFiles_SubmissionFileId",
                        column: x => x.SubmissionFileId,
                        principalTable: "SubmissionFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediaComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seconds = table.Column<double>(type: "REAL", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CriterionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediaComments_SubmissionFiles_SubmissionFileId",
                        column: x => x.SubmissionFileId,
                        principalTable: "SubmissionFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediaComments_Users_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MediaJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionFileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MediaJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediaJobs_SubmissionFiles_SubmissionFileId",
                        column: x => x.SubmissionFileId,
                        principalTable: "SubmissionFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentHistory_AssessmentId",
                table: "AssessmentHistory",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentSettings_RubricId",
                table: "AssessmentSettings",
                column: "RubricId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_CourseId",
                table: "Assignments",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaptionTracks_SubmissionFileId",
                table: "CaptionTracks",
                column: "SubmissionFileId");

            migrationBuilder.CreateIndex(
                name: "IX_CommentBank_OwnerUserId",
                table: "CommentBank",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Courses_DeploymentId_ContextId",
                table: "Courses",
                columns: new[] { "DeploymentId", "ContextId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeepLinkingRequests_CourseId",
                table: "DeepLinkingRequests",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_DeepLinkingRequests_ExpiresAt",
                table: "DeepLinkingRequests",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_DeepLinkingRequests_UserId",
                table: "DeepLinkingRequests",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Grades_AssignmentId_StudentUserId",
                table: "Grades",
                columns: new[] { "AssignmentId", "StudentUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Grades_StudentUserId",
                table: "Grades",
                column: "StudentUserId");

            migrationBuilder.CreateIndex(
                name: "IX_LoginStates_ExpiresAt",
                table: "LoginStates",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_MediaComments_AuthorUserId",
                table: "MediaComments",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaComments_SubmissionFileId_Seconds",
                table: "MediaComments",
                columns: new[] { "SubmissionFileId", "Seconds" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaJobs_Status_NextAttemptAt",
                table: "MediaJobs",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MediaJobs_SubmissionFileId",
                table: "MediaJobs",
                column: "SubmissionFileId");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_CourseId_UserId",
                table: "Memberships",
                columns: new[] { "CourseId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_UserId",
                table: "Memberships",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorshipClaimCourses_CourseId",
                table: "MentorshipClaimCourses",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorshipClaimCourses_MentorshipId_CourseId",
                table: "MentorshipClaimCourses",
                columns: new[] { "MentorshipId", "CourseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Mentorships_MentorUserId",
                table: "Mentorships",
                column: "MentorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentorships_RegistrationId_MenteeSubject",
                table: "Mentorships",
                columns: new[] { "RegistrationId", "MenteeSubject" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentorships_RegistrationId_MentorUserId_MenteeSubject",
                table: "Mentorships",
                columns: new[] { "RegistrationId", "MentorUserId", "MenteeSubject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModerationRecords_AssignmentId_StudentUserId",
                table: "ModerationRecords",
                columns: new[] { "AssignmentId", "StudentUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlatformDeployments_RegistrationId_DeploymentId",
                table: "PlatformDeployments",
                columns: new[] { "RegistrationId", "DeploymentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlatformRegistrations_Issuer_ClientId",
                table: "PlatformRegistrations",
                columns: new[] { "Issuer", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResourceLinks_CourseId_ResourceLinkId",
                table: "ResourceLinks",
                columns: new[] { "CourseId", "ResourceLinkId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RubricAssessments_AssignmentId_StudentUserId_Kind_AssessorKey",
                table: "RubricAssessments",
                columns: new[] { "AssignmentId", "StudentUserId", "Kind", "AssessorKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RubricAssessments_RubricId",
                table: "RubricAssessments",
                column: "RubricId");

            migrationBuilder.CreateIndex(
                name: "IX_RubricAssessments_StudentUserId",
                table: "RubricAssessments",
                column: "StudentUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Rubrics_CourseId",
                table: "Rubrics",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_Rubrics_DeploymentId",
                table: "Rubrics",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_Rubrics_RegistrationId_DeploymentId_CourseId",
                table: "Rubrics",
                columns: new[] { "RegistrationId", "DeploymentId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_RubricVersions_RubricId_Number",
                table: "RubricVersions",
                columns: new[] { "RubricId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoreOutbox_CourseId_AssignmentId_UserId",
                table: "ScoreOutbox",
                columns: new[] { "CourseId", "AssignmentId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_ScoreOutbox_LineItemUrl_UserId_Timestamp",
                table: "ScoreOutbox",
                columns: new[] { "LineItemUrl", "UserId", "Timestamp" });

            migrationBuilder.CreateIndex(
                name: "IX_ScoreOutbox_Status_NextAttemptAt",
                table: "ScoreOutbox",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionAccommodations_AssignmentId_StudentUserId",
                table: "SubmissionAccommodations",
                columns: new[] { "AssignmentId", "StudentUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionAccommodations_CourseId_AssignmentId",
                table: "SubmissionAccommodations",
                columns: new[] { "CourseId", "AssignmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionAccommodations_SetByUserId",
                table: "SubmissionAccommodations",
                column: "SetByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionAccommodations_StudentUserId",
                table: "SubmissionAccommodations",
                column: "StudentUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionFiles_DerivedFromFileId",
                table: "SubmissionFiles",
                column: "DerivedFromFileId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionFiles_Sha256",
                table: "SubmissionFiles",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionFiles_SubmissionId",
                table: "SubmissionFiles",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_AssignmentId_StudentUserId_Attempt",
                table: "Submissions",
                columns: new[] { "AssignmentId", "StudentUserId", "Attempt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_CourseId_AssignmentId_Status",
                table: "Submissions",
                columns: new[] { "CourseId", "AssignmentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_StudentUserId",
                table: "Submissions",
                column: "StudentUserId");

            migrationBuilder.CreateIndex(
                name: "IX_UploadSessions_AssignmentId",
                table: "UploadSessions",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_UploadSessions_OwnerUserId",
                table: "UploadSessions",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_UploadSessions_Status_ExpiresAt",
                table: "UploadSessions",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Users_RegistrationId_Subject",
                table: "Users",
                columns: new[] { "RegistrationId", "Subject" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentHistory");

            migrationBuilder.DropTable(
                name: "AssessmentSettings");

            migrationBuilder.DropTable(
                name: "BlobDeletions");

            migrationBuilder.DropTable(
                name: "CaptionTracks");

            migrationBuilder.DropTable(
                name: "CommentBank");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DeepLinkingRequests");

            migrationBuilder.DropTable(
                name: "Grades");

            migrationBuilder.DropTable(
                name: "LoginStates");

            migrationBuilder.DropTable(
                name: "MediaComments");

            migrationBuilder.DropTable(
                name: "MediaJobs");

            migrationBuilder.DropTable(
                name: "Memberships");

            migrationBuilder.DropTable(
                name: "MentorshipClaimCourses");

            migrationBuilder.DropTable(
                name: "ModerationRecords");

            migrationBuilder.DropTable(
                name: "ResourceLinks");

            migrationBuilder.DropTable(
                name: "RubricVersions");

            migrationBuilder.DropTable(
                name: "ScoreOutbox");

            migrationBuilder.DropTable(
                name: "SubmissionAccommodations");

            migrationBuilder.DropTable(
                name: "SubmissionPolicies");

            migrationBuilder.DropTable(
                name: "ToolKeys");

            migrationBuilder.DropTable(
                name: "UploadSessions");

            migrationBuilder.DropTable(
                name: "RubricAssessments");

            migrationBuilder.DropTable(
                name: "SubmissionFiles");

            migrationBuilder.DropTable(
                name: "Mentorships");

            migrationBuilder.DropTable(
                name: "Rubrics");

            migrationBuilder.DropTable(
                name: "Submissions");

            migrationBuilder.DropTable(
                name: "Assignments");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "Courses");

            migrationBuilder.DropTable(
                name: "PlatformDeployments");

            migrationBuilder.DropTable(
                name: "PlatformRegistrations");
        }
    }
}
