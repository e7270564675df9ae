using Microsoft.EntityFrameworkCore.Migrations;

namespace LtiPathways.PathwayGraphQL.Data.Migrations;

/// <summary>
/// Moves drafts from one submission type to parts side by side: each stored file learns its part before the type goes.
/// Plain SQL both providers run alike (quoted names, LIKE, LOWER, REPLACE, ||).
/// </summary>
public static class SubmissionPartsBackfill
{
    /// <summary>Runs after "Part" is added (default 'File') and before "Type" is dropped.</summary>
    public static void Up(MigrationBuilder migrationBuilder)
    {
        // The upload that brought a file in names the part it was for; completed uploads are kept.
        migrationBuilder.Sql("""
            UPDATE "SubmissionFiles" SET "Part" =
                (SELECT u."Purpose" FROM "UploadSessions" u WHERE u."SubmissionFileId" = "SubmissionFiles"."Id" LIMIT 1)
            WHERE "DerivedFromFileId" IS NULL
              AND EXISTS (SELECT 1 FROM "UploadSessions" u WHERE u."SubmissionFileId" = "SubmissionFiles"."Id");
            """);

        // Without one: video or audio in a draft whose type was a recording is that recording.
        migrationBuilder.Sql("""
            UPDATE "SubmissionFiles" SET "Part" =
                (SELECT s."Type" FROM "Submissions" s WHERE s."Id" = "SubmissionFiles"."SubmissionId")
            WHERE "DerivedFromFileId" IS NULL
              AND NOT EXISTS (SELECT 1 FROM "UploadSessions" u WHERE u."SubmissionFileId" = "SubmissionFiles"."Id")
              AND ("MediaType" LIKE 'video/%' OR "MediaType" LIKE 'audio/%')
              AND EXISTS (SELECT 1 FROM "Submissions" s WHERE s."Id" = "SubmissionFiles"."SubmissionId" AND s."Type" IN ('Video', 'Audio'));
            """);

        // Else the media type decides, where the assignment takes that kind of recording.
        foreach (var (part, prefix, choice) in new[] { ("Video", "video/", "video"), ("Audio", "audio/", "audio") })
        {
            migrationBuilder.Sql($"""
                UPDATE "SubmissionFiles" SET "Part" = '{part}'
                WHERE "DerivedFromFileId" IS NULL AND "Part" = 'File'
                  AND NOT EXISTS (SELECT 1 FROM "UploadSessions" u WHERE u."SubmissionFileId" = "SubmissionFiles"."Id")
                  AND "MediaType" LIKE '{prefix}%'
                  AND EXISTS (SELECT 1 FROM "Submissions" s JOIN "Assignments" a ON a."Id" = s."AssignmentId"
                      WHERE s."Id" = "SubmissionFiles"."SubmissionId"
                        AND ',' || REPLACE(LOWER(a."SubmissionTypes"), ' ', '') || ',' LIKE '%,{choice},%');
                """);
        }

        // A poster, waveform or playback copy belongs where its original does.
        migrationBuilder.Sql("""
            UPDATE "SubmissionFiles" SET "Part" =
                (SELECT o."Part" FROM "SubmissionFiles" o WHERE o."Id" = "SubmissionFiles"."DerivedFromFileId")
            WHERE EXISTS (SELECT 1 FROM "SubmissionFiles" o WHERE o."Id" = "SubmissionFiles"."DerivedFromFileId");
            """);
    }

    /// <summary>Runs after "Type" is added back (default 'Essay') and before "Part" is dropped: one type per draft again.</summary>
    public static void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            UPDATE "Submissions" SET "Type" = 'Link' WHERE "LinkUrl" IS NOT NULL AND "WordCount" = 0;
            """);
        migrationBuilder.Sql("""
            UPDATE "Submissions" SET "Type" =
                (SELECT MIN(f."Part") FROM "SubmissionFiles" f WHERE f."SubmissionId" = "Submissions"."Id" AND f."DerivedFromFileId" IS NULL)
            WHERE "WordCount" = 0 AND "LinkUrl" IS NULL
              AND EXISTS (SELECT 1 FROM "SubmissionFiles" f WHERE f."SubmissionId" = "Submissions"."Id" AND f."DerivedFromFileId" IS NULL);
            """);
    }
}
