using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LtiPathways.PathwayGraphQL.Data.Migrations
{
    /// <inheritdoc />
    public partial class NeutralScoreOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActivityProgress",
                table: "ScoreOutbox",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Initialized");

            migrationBuilder.AddColumn<string>(
                name: "Comment",
                table: "ScoreOutbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GradingProgress",
                table: "ScoreOutbox",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "NotReady");

            migrationBuilder.AddColumn<string>(
                name: "LegacyDocument",
                table: "ScoreOutbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NewSubmission",
                table: "ScoreOutbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlatformUserId",
                table: "ScoreOutbox",
                type: "TEXT",
                maxLength: 255,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "ScoreGiven",
                table: "ScoreOutbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ScoreMaximum",
                table: "ScoreOutbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAt",
                table: "ScoreOutbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Work",
                table: "ScoreOutbox",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            NeutralScoreOutboxBackfill.Up(migrationBuilder);

            migrationBuilder.DropColumn(
                name: "PayloadJson",
                table: "ScoreOutbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PayloadJson",
                table: "ScoreOutbox",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            NeutralScoreOutboxBackfill.Down(migrationBuilder);

            migrationBuilder.DropColumn(
                name: "ActivityProgress",
                table: "ScoreOutbox");

            migrationBuilder.DropColumn(
                name: "Comment",
                table: "ScoreOutbox");

            migrationBuilder.DropColumn(
                name: "GradingProgress",
                table: "ScoreOutbox");

            migrationBuilder.DropColumn(
                name: "LegacyDocument",
                table: "ScoreOutbox");

            migrationBuilder.DropColumn(
                name: "NewSubmission",
                table: "ScoreOutbox");

            migrationBuilder.DropColumn(
                name: "PlatformUserId",
                table: "ScoreOutbox");

            migrationBuilder.DropColumn(
                name: "ScoreGiven",
                table: "ScoreOutbox");

            migrationBuilder.DropColumn(
                name: "ScoreMaximum",
                table: "ScoreOutbox");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "ScoreOutbox");

            migrationBuilder.DropColumn(
                name: "Work",
                table: "ScoreOutbox");
        }
    }
}
