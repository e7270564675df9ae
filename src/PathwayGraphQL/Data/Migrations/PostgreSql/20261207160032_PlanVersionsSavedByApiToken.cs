using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PlanVersionsSavedByApiToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "SavedByUserId",
                table: "PlanVersions",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "SavedByApiTokenId",
                table: "PlanVersions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_SavedByApiTokenId",
                table: "PlanVersions",
                column: "SavedByApiTokenId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PlanVersions_SavedBy",
                table: "PlanVersions",
                sql: "\"SavedByUserId\" IS NOT NULL OR \"SavedByApiTokenId\" IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "FK_PlanVersions_ApiTokens_SavedByApiTokenId",
                table: "PlanVersions",
                column: "SavedByApiTokenId",
                principalTable: "ApiTokens",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PlanVersions_ApiTokens_SavedByApiTokenId",
                table: "PlanVersions");

            migrationBuilder.DropIndex(
                name: "IX_PlanVersions_SavedByApiTokenId",
                table: "PlanVersions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PlanVersions_SavedBy",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "SavedByApiTokenId",
                table: "PlanVersions");

            migrationBuilder.AlterColumn<Guid>(
                name: "SavedByUserId",
                table: "PlanVersions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
