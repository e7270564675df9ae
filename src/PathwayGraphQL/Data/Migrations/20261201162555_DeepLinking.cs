using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeepLinking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeepLinkingRequests");
        }
    }
}
