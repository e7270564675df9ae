using Microsoft.EntityFrameworkCore.Migrations;

namespace LtiPathways.PathwayGraphQL.Data.Migrations.PostgreSql;

/// <summary>
/// PostgreSQL: reads each queued score document into the decision it records. A row is read only when every member is one
/// the tool's builder writes back the same way; any other row keeps its document, which is then sent exactly as stored.
/// </summary>
public static class NeutralScoreOutboxBackfill
{
    private const string Canvas = "'https://canvas.instructure.com/lti/submission'";

    public static void Up(MigrationBuilder migrationBuilder)
    {
        // Runs after "LegacyDocument" is added and before "PayloadJson" is dropped; a row the next step reads loses its copy.
        migrationBuilder.Sql("""UPDATE "ScoreOutbox" SET "LegacyDocument" = "PayloadJson";""");

        // PostgreSQL 15 has no IS JSON test; a cast that fails means "leave the row as it is", not a failed upgrade.
        migrationBuilder.Sql("""
            CREATE FUNCTION pg_temp.score_json(payload text) RETURNS jsonb LANGUAGE plpgsql AS $$
            BEGIN
                RETURN payload::jsonb;
            EXCEPTION WHEN others THEN
                RETURN NULL;
            END $$;
            CREATE FUNCTION pg_temp.score_time(stamp text) RETURNS timestamptz LANGUAGE plpgsql AS $$
            BEGIN
                RETURN CASE WHEN stamp ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$' THEN stamp::timestamptz END;
            EXCEPTION WHEN others THEN
                RETURN NULL;
            END $$;
            """);

        // Nested CASEs, because PostgreSQL may test conditions in any order and jsonb_object_keys fails on a non-object.
        migrationBuilder.Sql($$"""
            UPDATE "ScoreOutbox" o SET
                "PlatformUserId" = p.j ->> 'userId',
                "ActivityProgress" = p.j ->> 'activityProgress',
                "GradingProgress" = p.j ->> 'gradingProgress',
                "ScoreGiven" = (p.j ->> 'scoreGiven')::numeric,
                "ScoreMaximum" = (p.j ->> 'scoreMaximum')::numeric,
                "Comment" = p.j ->> 'comment',
                "Work" = CASE p.j -> {{Canvas}} ->> 'submission_type'
                    WHEN 'none' THEN 'Nothing' WHEN 'online_text_entry' THEN 'Text' WHEN 'online_url' THEN 'Link'
                    WHEN 'basic_lti_launch' THEN 'InTool' END,
                "SubmittedAt" = pg_temp.score_time(p.j -> {{Canvas}} ->> 'submitted_at'),
                "NewSubmission" = (p.j -> {{Canvas}} ->> 'new_submission')::boolean,
                "LegacyDocument" = NULL
            FROM (SELECT "Id", pg_temp.score_json("PayloadJson") AS j FROM "ScoreOutbox") p
            WHERE o."Id" = p."Id" AND CASE WHEN jsonb_typeof(p.j) IS DISTINCT FROM 'object' THEN false ELSE
                NOT EXISTS (SELECT 1 FROM jsonb_object_keys(p.j) k WHERE k NOT IN ('userId', 'timestamp', 'activityProgress',
                    'gradingProgress', 'scoreGiven', 'scoreMaximum', 'comment', 'https://canvas.instructure.com/lti/submission'))
                AND coalesce(jsonb_typeof(p.j -> 'userId') = 'string' AND length(p.j ->> 'userId') <= 255, false)
                AND coalesce(jsonb_typeof(p.j -> 'timestamp') = 'string', false)
                AND coalesce(jsonb_typeof(p.j -> 'activityProgress') = 'string'
                    AND p.j ->> 'activityProgress' IN ('Initialized', 'Started', 'InProgress', 'Submitted', 'Completed'), false)
                AND coalesce(jsonb_typeof(p.j -> 'gradingProgress') = 'string'
                    AND p.j ->> 'gradingProgress' IN ('FullyGraded', 'Pending', 'PendingManual', 'Failed', 'NotReady'), false)
                AND ((p.j -> 'scoreGiven' IS NULL AND p.j -> 'scoreMaximum' IS NULL)
                    OR coalesce(jsonb_typeof(p.j -> 'scoreGiven') = 'number' AND jsonb_typeof(p.j -> 'scoreMaximum') = 'number', false))
                AND (p.j -> 'comment' IS NULL OR coalesce(jsonb_typeof(p.j -> 'comment') = 'string' AND p.j ->> 'comment' <> '', false))
                AND CASE WHEN p.j -> {{Canvas}} IS NULL THEN true WHEN jsonb_typeof(p.j -> {{Canvas}}) <> 'object' THEN false ELSE
                    NOT EXISTS (SELECT 1 FROM jsonb_object_keys(p.j -> {{Canvas}}) k
                        WHERE k NOT IN ('new_submission', 'submission_type', 'submitted_at'))
                    AND coalesce(jsonb_typeof(p.j -> {{Canvas}} -> 'submission_type') = 'string'
                        AND p.j -> {{Canvas}} ->> 'submission_type' IN ('none', 'online_text_entry', 'online_url', 'basic_lti_launch'), false)
                    AND (p.j -> {{Canvas}} -> 'new_submission' IS NULL
                        OR coalesce(jsonb_typeof(p.j -> {{Canvas}} -> 'new_submission') = 'boolean', false))
                    AND (p.j -> {{Canvas}} -> 'submitted_at' IS NULL
                        OR (coalesce(jsonb_typeof(p.j -> {{Canvas}} -> 'submitted_at') = 'string', false)
                            AND pg_temp.score_time(p.j -> {{Canvas}} ->> 'submitted_at') IS NOT NULL))
                END
            END;
            """);
        migrationBuilder.Sql("DROP FUNCTION pg_temp.score_json(text); DROP FUNCTION pg_temp.score_time(text);");
    }

    /// <summary>
    /// Runs after "PayloadJson" is added back and before the decision's columns go: every row gets back a document, as close
    /// to the builder's as SQL writes it.
    /// </summary>
    public static void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""UPDATE "ScoreOutbox" SET "PayloadJson" = "LegacyDocument" WHERE "LegacyDocument" IS NOT NULL;""");
        migrationBuilder.Sql("""
            UPDATE "ScoreOutbox" o SET "PayloadJson" = json_strip_nulls(json_build_object(
                'userId', "PlatformUserId",
                'timestamp', to_char("Timestamp" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                'activityProgress', "ActivityProgress", 'gradingProgress', "GradingProgress",
                'scoreGiven', CASE WHEN "ScoreMaximum" IS NOT NULL THEN "ScoreGiven" END,
                'scoreMaximum', CASE WHEN "ScoreGiven" IS NOT NULL THEN "ScoreMaximum" END,
                'comment', NULLIF("Comment", ''),
                'https://canvas.instructure.com/lti/submission', CASE WHEN "Work" IS NOT NULL AND EXISTS (
                    SELECT 1 FROM "PlatformRegistrations" r WHERE r."Id" = o."RegistrationId"
                        AND (lower(trim(coalesce(r."ProductFamily", ''))) = 'canvas' OR r."Issuer" LIKE '%instructure.com%'))
                THEN json_build_object(
                    'new_submission', "NewSubmission",
                    'submission_type', CASE "Work" WHEN 'Nothing' THEN 'none' WHEN 'Text' THEN 'online_text_entry'
                        WHEN 'Link' THEN 'online_url' ELSE 'basic_lti_launch' END,
                    'submitted_at', to_char("SubmittedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) END))::text
            WHERE "LegacyDocument" IS NULL;
            """);
    }
}
