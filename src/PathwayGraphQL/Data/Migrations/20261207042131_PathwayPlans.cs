using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations
{
    /// <inheritdoc />
    public partial class PathwayPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PathwayCoordinators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PathwayCoordinators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PathwayCoordinators_PlatformDeployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "PlatformDeployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PathwayCoordinators_PlatformRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "PlatformRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PathwayCoordinators_Users_AddedByUserId",
                        column: x => x.AddedByUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PathwayCoordinators_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Concurrency = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_PlatformDeployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "PlatformDeployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Plans_PlatformRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "PlatformRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Plans_Users_StudentUserId",
                        column: x => x.StudentUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Programme = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TemplateJson = table.Column<string>(type: "TEXT", nullable: false),
                    SavedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanTemplates_PlatformDeployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "PlatformDeployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanTemplates_PlatformRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "PlatformRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanTemplates_Users_SavedByUserId",
                        column: x => x.SavedByUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanComments_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanComments_Users_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanSignOffs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersonUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanSignOffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanSignOffs_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanSignOffs_Users_PersonUserId",
                        column: x => x.PersonUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentJson = table.Column<string>(type: "TEXT", nullable: false),
                    SavedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanVersions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanVersions_Users_SavedByUserId",
                        column: x => x.SavedByUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PathwayCoordinators_AddedByUserId",
                table: "PathwayCoordinators",
                column: "AddedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PathwayCoordinators_DeploymentId",
                table: "PathwayCoordinators",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_PathwayCoordinators_RegistrationId_DeploymentId_UserId",
                table: "PathwayCoordinators",
                columns: new[] { "RegistrationId", "DeploymentId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PathwayCoordinators_UserId",
                table: "PathwayCoordinators",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanComments_AuthorUserId",
                table: "PlanComments",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanComments_PlanId_CreatedAt",
                table: "PlanComments",
                columns: new[] { "PlanId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_DeploymentId",
                table: "Plans",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_RegistrationId_DeploymentId_StudentUserId",
                table: "Plans",
                columns: new[] { "RegistrationId", "DeploymentId", "StudentUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_StudentUserId",
                table: "Plans",
                column: "StudentUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanSignOffs_PersonUserId",
                table: "PlanSignOffs",
                column: "PersonUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanSignOffs_PlanId_VersionNumber",
                table: "PlanSignOffs",
                columns: new[] { "PlanId", "VersionNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanTemplates_DeploymentId",
                table: "PlanTemplates",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTemplates_RegistrationId_DeploymentId_Key_Version",
                table: "PlanTemplates",
                columns: new[] { "RegistrationId", "DeploymentId", "Key", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanTemplates_SavedByUserId",
                table: "PlanTemplates",
                column: "SavedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_PlanId_Number",
                table: "PlanVersions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_SavedByUserId",
                table: "PlanVersions",
                column: "SavedByUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PathwayCoordinators");

            migrationBuilder.DropTable(
                name: "PlanComments");

            migrationBuilder.DropTable(
                name: "PlanSignOffs");

            migrationBuilder.DropTable(
                name: "PlanTemplates");

            migrationBuilder.DropTable(
                name: "PlanVersions");

            migrationBuilder.DropTable(
                name: "Plans");
        }
    }
}
