using LtiPathways.LtiTool.Tests.Grading;
using LtiPathways.PathwayGraphQL.Tests.Data;

namespace LtiPathways.LtiTool.Tests.Database;

[Collection(PostgreSqlCollection.Name)]
public sealed class PostgreSqlQueuedScoreUpgradeTests(PostgreSqlServer server) : QueuedScoreUpgradeTests(new PostgreSqlToolFactory(server));
