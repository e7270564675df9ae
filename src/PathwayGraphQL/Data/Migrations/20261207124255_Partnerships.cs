using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations
{
    /// <inheritdoc />
    public partial class Partnerships : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartnershipProviders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NeedsAnalysis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LiaisonUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipProviders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipProviders_PlatformDeployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "PlatformDeployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnershipProviders_PlatformRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "PlatformRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartnershipProviders_Users_LiaisonUserId",
                        column: x => x.LiaisonUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AnnualReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    CompletionPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    AttendancePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    Satisfaction = table.Column<decimal>(type: "TEXT", precision: 3, scale: 1, nullable: false),
                    CredentialsEarned = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcomes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReviewedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReviews_PartnershipProviders_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "PartnershipProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AnnualReviews_Users_ReviewedByUserId",
                        column: x => x.ReviewedByUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipAgreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Responsibilities = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DataSharing = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    QualityAssurance = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    FileMediaType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipAgreements_PartnershipProviders_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "PartnershipProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnershipAgreements_Users_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartnershipMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnershipMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnershipMeetings_PartnershipProviders_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "PartnershipProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartnershipMeetings_Users_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PilotStudents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PilotStudents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PilotStudents_PartnershipProviders_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "PartnershipProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PilotStudents_Users_StudentUserId",
                        column: x => x.StudentUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProviderContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderContacts_PartnershipProviders_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "PartnershipProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProviderCourses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Modality = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 7, scale: 1, nullable: false),
                    Cost = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Credential = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Recognition = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderCourses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderCourses_PartnershipProviders_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "PartnershipProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProviderEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SelectionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Maximum = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Percentage = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EvaluatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderEvaluations_PartnershipProviders_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "PartnershipProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProviderEvaluations_Users_EvaluatedByUserId",
                        column: x => x.EvaluatedByUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_ProviderId_Year",
                table: "AnnualReviews",
                columns: new[] { "ProviderId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_ReviewedByUserId",
                table: "AnnualReviews",
                column: "ReviewedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipAgreements_FileKey",
                table: "PartnershipAgreements",
                column: "FileKey");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipAgreements_ProviderId_ExpiresOn",
                table: "PartnershipAgreements",
                columns: new[] { "ProviderId", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipAgreements_RecordedByUserId",
                table: "PartnershipAgreements",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipMeetings_ProviderId_HeldOn",
                table: "PartnershipMeetings",
                columns: new[] { "ProviderId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipMeetings_RecordedByUserId",
                table: "PartnershipMeetings",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipProviders_DeploymentId",
                table: "PartnershipProviders",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipProviders_LiaisonUserId",
                table: "PartnershipProviders",
                column: "LiaisonUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnershipProviders_RegistrationId_DeploymentId_Organisation",
                table: "PartnershipProviders",
                columns: new[] { "RegistrationId", "DeploymentId", "Organisation" });

            migrationBuilder.CreateIndex(
                name: "IX_PilotStudents_ProviderId_StudentUserId",
                table: "PilotStudents",
                columns: new[] { "ProviderId", "StudentUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PilotStudents_StudentUserId",
                table: "PilotStudents",
                column: "StudentUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderContacts_ProviderId",
                table: "ProviderContacts",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderCourses_ProviderId",
                table: "ProviderCourses",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderEvaluations_EvaluatedByUserId",
                table: "ProviderEvaluations",
                column: "EvaluatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderEvaluations_ProviderId_EvaluatedAt",
                table: "ProviderEvaluations",
                columns: new[] { "ProviderId", "EvaluatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReviews");

            migrationBuilder.DropTable(
                name: "PartnershipAgreements");

            migrationBuilder.DropTable(
                name: "PartnershipMeetings");

            migrationBuilder.DropTable(
                name: "PilotStudents");

            migrationBuilder.DropTable(
                name: "ProviderContacts");

            migrationBuilder.DropTable(
                name: "ProviderCourses");

            migrationBuilder.DropTable(
                name: "ProviderEvaluations");

            migrationBuilder.DropTable(
                name: "PartnershipProviders");
        }
    }
}
