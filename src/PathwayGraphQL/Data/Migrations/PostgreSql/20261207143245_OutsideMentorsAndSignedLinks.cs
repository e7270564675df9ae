using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OutsideMentorsAndSignedLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MentorNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    MentorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorNotes_PlatformDeployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "PlatformDeployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentorNotes_Users_MentorUserId",
                        column: x => x.MentorUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentorNotes_Users_StudentUserId",
                        column: x => x.StudentUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutsideMentors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeploymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "text", nullable: false),
                    Organisation = table.Column<string>(type: "text", nullable: false),
                    AddedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutsideMentors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutsideMentors_PlatformDeployments_DeploymentId",
                        column: x => x.DeploymentId,
                        principalTable: "PlatformDeployments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutsideMentors_PlatformRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "PlatformRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutsideMentors_Users_AddedByUserId",
                        column: x => x.AddedByUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutsideMentors_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentorLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutsideMentorId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "text", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorLinks_OutsideMentors_OutsideMentorId",
                        column: x => x.OutsideMentorId,
                        principalTable: "OutsideMentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentorLinks_Users_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentorLinks_Users_RevokedByUserId",
                        column: x => x.RevokedByUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentorLinkUses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MentorLinkId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StudentUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    What = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorLinkUses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorLinkUses_MentorLinks_MentorLinkId",
                        column: x => x.MentorLinkId,
                        principalTable: "MentorLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentorLinkUses_Users_StudentUserId",
                        column: x => x.StudentUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MentorLinks_CreatedByUserId",
                table: "MentorLinks",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorLinks_OutsideMentorId",
                table: "MentorLinks",
                column: "OutsideMentorId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorLinks_RevokedByUserId",
                table: "MentorLinks",
                column: "RevokedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorLinks_TokenHash",
                table: "MentorLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentorLinkUses_MentorLinkId_At",
                table: "MentorLinkUses",
                columns: new[] { "MentorLinkId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorLinkUses_StudentUserId",
                table: "MentorLinkUses",
                column: "StudentUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorNotes_DeploymentId",
                table: "MentorNotes",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorNotes_MentorUserId",
                table: "MentorNotes",
                column: "MentorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MentorNotes_RegistrationId_DeploymentId_StudentUserId_On",
                table: "MentorNotes",
                columns: new[] { "RegistrationId", "DeploymentId", "StudentUserId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorNotes_StudentUserId",
                table: "MentorNotes",
                column: "StudentUserId");

            migrationBuilder.CreateIndex(
                name: "IX_OutsideMentors_AddedByUserId",
                table: "OutsideMentors",
                column: "AddedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_OutsideMentors_DeploymentId",
                table: "OutsideMentors",
                column: "DeploymentId");

            migrationBuilder.CreateIndex(
                name: "IX_OutsideMentors_RegistrationId_DeploymentId_Email",
                table: "OutsideMentors",
                columns: new[] { "RegistrationId", "DeploymentId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutsideMentors_UserId",
                table: "OutsideMentors",
                column: "UserId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MentorLinkUses");

            migrationBuilder.DropTable(
                name: "MentorNotes");

            migrationBuilder.DropTable(
                name: "MentorLinks");

            migrationBuilder.DropTable(
                name: "OutsideMentors");
        }
    }
}
