using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanRecordings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "CourseId",
                table: "UploadSessions",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<Guid>(
                name: "AssignmentId",
                table: "UploadSessions",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "PlanId",
                table: "UploadSessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "SubmissionId",
                table: "SubmissionFiles",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "PlanId",
                table: "SubmissionFiles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_UploadSessions_PlanId",
                table: "UploadSessions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionFiles_PlanId",
                table: "SubmissionFiles",
                column: "PlanId");

            migrationBuilder.AddForeignKey(
                name: "FK_SubmissionFiles_Plans_PlanId",
                table: "SubmissionFiles",
                column: "PlanId",
                principalTable: "Plans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_UploadSessions_Plans_PlanId",
                table: "UploadSessions",
                column: "PlanId",
                principalTable: "Plans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SubmissionFiles_Plans_PlanId",
                table: "SubmissionFiles");

            migrationBuilder.DropForeignKey(
                name: "FK_UploadSessions_Plans_PlanId",
                table: "UploadSessions");

            migrationBuilder.DropIndex(
                name: "IX_UploadSessions_PlanId",
                table: "UploadSessions");

            migrationBuilder.DropIndex(
                name: "IX_SubmissionFiles_PlanId",
                table: "SubmissionFiles");

            migrationBuilder.DropColumn(
                name: "PlanId",
                table: "UploadSessions");

            migrationBuilder.DropColumn(
                name: "PlanId",
                table: "SubmissionFiles");

            migrationBuilder.AlterColumn<Guid>(
                name: "CourseId",
                table: "UploadSessions",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "AssignmentId",
                table: "UploadSessions",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "SubmissionId",
                table: "SubmissionFiles",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
