using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations
{
    /// <inheritdoc />
    public partial class SubmissionMedia : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Height",
                table: "SubmissionFile",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Width",
                table: "SubmissionFile",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MediaComment",
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
                    table.PrimaryKey("PK_MediaComment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MediaComment_SubmissionFile_SubmissionFileId",
                        column: x => x.SubmissionFileId,
                        principalTable: "SubmissionFile",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MediaComment_Users_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MediaComment_AuthorUserId",
                table: "MediaComment",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MediaComment_SubmissionFileId_Seconds",
                table: "MediaComment",
                columns: new[] { "SubmissionFileId", "Seconds" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MediaComment");

            migrationBuilder.DropColumn(
                name: "Height",
                table: "SubmissionFile");

            migrationBuilder.DropColumn(
                name: "Width",
                table: "SubmissionFile");
        }
    }
}
