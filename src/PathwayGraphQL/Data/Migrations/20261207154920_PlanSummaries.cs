using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanSummaries",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EvaluatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TemplateKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TemplateName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Cohort = table.Column<int>(type: "INTEGER", nullable: true),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Overall = table.Column<int>(type: "INTEGER", nullable: false),
                    Requirements = table.Column<int>(type: "INTEGER", nullable: false),
                    AtRisk = table.Column<int>(type: "INTEGER", nullable: false),
                    Missing = table.Column<int>(type: "INTEGER", nullable: false),
                    Met = table.Column<int>(type: "INTEGER", nullable: false),
                    HoursLogged = table.Column<double>(type: "REAL", nullable: false),
                    HoursTarget = table.Column<double>(type: "REAL", nullable: false),
                    BehindPace = table.Column<bool>(type: "INTEGER", nullable: false),
                    OverdueMilestones = table.Column<int>(type: "INTEGER", nullable: false),
                    NextDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiringCertification = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CertificationExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AttentionJson = table.Column<string>(type: "TEXT", nullable: false),
                    NextStepsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanSummaries", x => x.PlanId);
                    table.ForeignKey(
                        name: "FK_PlanSummaries_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanYearFigures",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Certifications = table.Column<int>(type: "INTEGER", nullable: false),
                    CommunityHours = table.Column<double>(type: "REAL", nullable: false),
                    WorkBasedHours = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanYearFigures", x => new { x.PlanId, x.Year });
                    table.ForeignKey(
                        name: "FK_PlanYearFigures_PlanSummaries_PlanId",
                        column: x => x.PlanId,
                        principalTable: "PlanSummaries",
                        principalColumn: "PlanId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanSummaries_RegistrationId_DeploymentId_Overall",
                table: "PlanSummaries",
                columns: new[] { "RegistrationId", "DeploymentId", "Overall" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanYearFigures");

            migrationBuilder.DropTable(
                name: "PlanSummaries");
        }
    }
}
