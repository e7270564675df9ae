using LtiPathways.LtiTool.Tests.Infrastructure;

namespace LtiPathways.LtiTool.Tests.Grading;

public sealed class SqliteQueuedScoreUpgradeTests() : QueuedScoreUpgradeTests(new ToolFactory());
