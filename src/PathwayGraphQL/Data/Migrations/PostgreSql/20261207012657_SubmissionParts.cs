using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SubmissionParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Part",
                table: "SubmissionFiles",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "File");

            SubmissionPartsBackfill.Up(migrationBuilder);

            migrationBuilder.DropColumn(
                name: "Type",
                table: "Submissions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Type",
                table: "Submissions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Essay");

            SubmissionPartsBackfill.Down(migrationBuilder);

            migrationBuilder.DropColumn(
                name: "Part",
                table: "SubmissionFiles");
        }
    }
}
