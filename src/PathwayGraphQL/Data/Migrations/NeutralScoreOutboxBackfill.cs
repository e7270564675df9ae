using Microsoft.EntityFrameworkCore.Migrations;

namespace LtiPathways.PathwayGraphQL.Data.Migrations;

/// <summary>
/// SQLite: reads each queued score document into the decision it records. A row is read only when every member is one the
/// tool's builder writes back the same way; any other row keeps its document, which is then sent exactly as stored.
/// </summary>
public static class NeutralScoreOutboxBackfill
{
    private const string Canvas = "'$.\"https://canvas.instructure.com/lti/submission\"'";

    public static void Up(MigrationBuilder migrationBuilder)
    {
        // Runs after "LegacyDocument" is added and before "PayloadJson" is dropped; a row the next step reads loses its copy.
        migrationBuilder.Sql("""UPDATE "ScoreOutbox" SET "LegacyDocument" = "PayloadJson";""");

        // A CASE, because SQLite does not promise to test json_valid before the JSON functions that fail on malformed text.
        migrationBuilder.Sql($$"""
            UPDATE "ScoreOutbox" SET
                "PlatformUserId" = "PayloadJson" ->> '$.userId',
                "ActivityProgress" = "PayloadJson" ->> '$.activityProgress',
                "GradingProgress" = "PayloadJson" ->> '$.gradingProgress',
                "ScoreGiven" = "PayloadJson" -> '$.scoreGiven',
                "ScoreMaximum" = "PayloadJson" -> '$.scoreMaximum',
                "Comment" = "PayloadJson" ->> '$.comment',
                "Work" = CASE "PayloadJson" ->> ({{Canvas}} || '.submission_type')
                    WHEN 'none' THEN 'Nothing' WHEN 'online_text_entry' THEN 'Text' WHEN 'online_url' THEN 'Link'
                    WHEN 'basic_lti_launch' THEN 'InTool' END,
                "SubmittedAt" = substr("PayloadJson" ->> ({{Canvas}} || '.submitted_at'), 1, 10) || ' '
                    || substr("PayloadJson" ->> ({{Canvas}} || '.submitted_at'), 12, 12),
                "NewSubmission" = "PayloadJson" ->> ({{Canvas}} || '.new_submission'),
                "LegacyDocument" = NULL
            WHERE CASE WHEN json_valid("PayloadJson") THEN
                json_type("PayloadJson") = 'object'
                AND NOT EXISTS (SELECT 1 FROM json_each("PayloadJson") WHERE key NOT IN ('userId', 'timestamp', 'activityProgress',
                    'gradingProgress', 'scoreGiven', 'scoreMaximum', 'comment', 'https://canvas.instructure.com/lti/submission'))
                AND json_type("PayloadJson", '$.userId') = 'text' AND length("PayloadJson" ->> '$.userId') <= 255
                AND json_type("PayloadJson", '$.timestamp') = 'text'
                AND json_type("PayloadJson", '$.activityProgress') = 'text'
                AND "PayloadJson" ->> '$.activityProgress' IN ('Initialized', 'Started', 'InProgress', 'Submitted', 'Completed')
                AND json_type("PayloadJson", '$.gradingProgress') = 'text'
                AND "PayloadJson" ->> '$.gradingProgress' IN ('FullyGraded', 'Pending', 'PendingManual', 'Failed', 'NotReady')
                AND ((json_type("PayloadJson", '$.scoreGiven') IS NULL AND json_type("PayloadJson", '$.scoreMaximum') IS NULL)
                    OR (json_type("PayloadJson", '$.scoreGiven') IN ('integer', 'real') AND json_type("PayloadJson", '$.scoreMaximum') IN ('integer', 'real')
                        AND NOT ("PayloadJson" -> '$.scoreGiven') GLOB '*[eE]*' AND NOT ("PayloadJson" -> '$.scoreMaximum') GLOB '*[eE]*'))
                AND (json_type("PayloadJson", '$.comment') IS NULL
                    OR (json_type("PayloadJson", '$.comment') = 'text' AND "PayloadJson" ->> '$.comment' <> ''))
                AND (json_type("PayloadJson", {{Canvas}}) IS NULL OR (json_type("PayloadJson", {{Canvas}}) = 'object'
                    AND NOT EXISTS (SELECT 1 FROM json_each("PayloadJson", {{Canvas}})
                        WHERE key NOT IN ('new_submission', 'submission_type', 'submitted_at'))
                    AND json_type("PayloadJson", {{Canvas}} || '.submission_type') = 'text'
                    AND "PayloadJson" ->> ({{Canvas}} || '.submission_type') IN ('none', 'online_text_entry', 'online_url', 'basic_lti_launch')
                    AND (json_type("PayloadJson", {{Canvas}} || '.new_submission') IS NULL
                        OR json_type("PayloadJson", {{Canvas}} || '.new_submission') IN ('true', 'false'))
                    AND (json_type("PayloadJson", {{Canvas}} || '.submitted_at') IS NULL
                        OR (json_type("PayloadJson", {{Canvas}} || '.submitted_at') = 'text'
                            AND "PayloadJson" ->> ({{Canvas}} || '.submitted_at')
                                GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
                            AND strftime('%Y-%m-%dT%H:%M:%fZ', substr("PayloadJson" ->> ({{Canvas}} || '.submitted_at'), 1, 23))
                                = "PayloadJson" ->> ({{Canvas}} || '.submitted_at')))))
            ELSE 0 END;
            """);
    }

    /// <summary>
    /// Runs after "PayloadJson" is added back and before the decision's columns go: every row gets back a document, as close
    /// to the builder's as SQL writes it.
    /// </summary>
    public static void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""UPDATE "ScoreOutbox" SET "PayloadJson" = "LegacyDocument" WHERE "LegacyDocument" IS NOT NULL;""");
        // A JSON merge patch leaves out the members that are null.
        migrationBuilder.Sql("""
            UPDATE "ScoreOutbox" SET "PayloadJson" = json_patch(
                json_object('userId', "PlatformUserId", 'timestamp', strftime('%Y-%m-%dT%H:%M:%fZ', "Timestamp"),
                    'activityProgress', "ActivityProgress", 'gradingProgress', "GradingProgress"),
                json_object(
                    'scoreGiven', CASE WHEN "ScoreGiven" IS NOT NULL AND "ScoreMaximum" IS NOT NULL THEN json("ScoreGiven") END,
                    'scoreMaximum', CASE WHEN "ScoreGiven" IS NOT NULL AND "ScoreMaximum" IS NOT NULL THEN json("ScoreMaximum") END,
                    'comment', NULLIF("Comment", ''),
                    'https://canvas.instructure.com/lti/submission', CASE WHEN "Work" IS NOT NULL AND EXISTS (
                        SELECT 1 FROM "PlatformRegistrations" r WHERE r."Id" = "ScoreOutbox"."RegistrationId"
                            AND (lower(trim(coalesce(r."ProductFamily", ''))) = 'canvas' OR r."Issuer" LIKE '%instructure.com%'))
                    THEN json_object(
                        'new_submission', CASE "NewSubmission" WHEN 1 THEN json('true') WHEN 0 THEN json('false') END,
                        'submission_type', CASE "Work" WHEN 'Nothing' THEN 'none' WHEN 'Text' THEN 'online_text_entry'
                            WHEN 'Link' THEN 'online_url' ELSE 'basic_lti_launch' END,
                        'submitted_at', strftime('%Y-%m-%dT%H:%M:%fZ', "SubmittedAt")) END))
            WHERE "LegacyDocument" IS NULL;
            """);
    }
}
