using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.PathwayGraphQL.Data.Grading;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.LtiTool.Tests.Infrastructure;

/// <summary>The score document a queued entry becomes when it is sent to the sandbox platform (neither Canvas nor Moodle).</summary>
public static class OutboxDocument
{
    public static string SentDocument(this ScoreOutboxEntry entry) => ScoreDocument.Build(entry, PlatformFamily.Other);
}
