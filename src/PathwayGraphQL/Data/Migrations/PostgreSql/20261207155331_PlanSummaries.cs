using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations.PostgreSql
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
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanVersion = table.Column<int>(type: "integer", nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EvaluatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TemplateKey = table.Column<string>(type: "text", nullable: false),
                    TemplateName = table.Column<string>(type: "text", nullable: false),
                    Programme = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Cohort = table.Column<int>(type: "integer", nullable: true),
                    Provider = table.Column<string>(type: "text", nullable: true),
                    Overall = table.Column<int>(type: "integer", nullable: false),
                    Requirements = table.Column<int>(type: "integer", nullable: false),
                    AtRisk = table.Column<int>(type: "integer", nullable: false),
                    Missing = table.Column<int>(type: "integer", nullable: false),
                    Met = table.Column<int>(type: "integer", nullable: false),
                    HoursLogged = table.Column<double>(type: "double precision", nullable: false),
                    HoursTarget = table.Column<double>(type: "double precision", nullable: false),
                    BehindPace = table.Column<bool>(type: "boolean", nullable: false),
                    OverdueMilestones = table.Column<int>(type: "integer", nullable: false),
                    NextDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiringCertification = table.Column<string>(type: "text", nullable: true),
                    CertificationExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AttentionJson = table.Column<string>(type: "text", nullable: false),
                    NextStepsJson = table.Column<string>(type: "text", nullable: false)
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
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Certifications = table.Column<int>(type: "integer", nullable: false),
                    CommunityHours = table.Column<double>(type: "double precision", nullable: false),
                    WorkBasedHours = table.Column<double>(type: "double precision", nullable: false)
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
