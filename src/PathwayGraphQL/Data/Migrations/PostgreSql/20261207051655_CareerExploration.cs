using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CareerExploration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CareerExplorations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    InterestAnswersJson = table.Column<string>(type: "text", nullable: false),
                    SkillRatingsJson = table.Column<string>(type: "text", nullable: false),
                    HeldPathwaysJson = table.Column<string>(type: "text", nullable: false),
                    InterestCode = table.Column<string>(type: "text", nullable: true),
                    InterestsCompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerExplorations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareerExplorations_PlatformDeployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "PlatformDeployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareerExplorations_PlatformRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "PlatformRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareerExplorations_Users_StudentUserId",
                        column: x => x.StudentUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CareerExplorations_DeploymentId",
                table: "CareerExplorations",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerExplorations_RegistrationId_DeploymentId_StudentUserId",
                table: "CareerExplorations",
                columns: new[] { "RegistrationId", "DeploymentId", "StudentUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CareerExplorations_StudentUserId",
                table: "CareerExplorations",
                column: "StudentUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CareerExplorations");
        }
    }
}
