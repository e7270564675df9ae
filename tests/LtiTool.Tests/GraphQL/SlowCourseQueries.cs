using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LtiPathways.LtiTool.Tests.GraphQL;

/// <summary>A database that takes its time over course queries (and gives up when cancelled), to reach the API's time limit.</summary>
public sealed class SlowCourseQueries(TimeSpan delay) : DbCommandInterceptor
{
    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("FROM \"Courses\"", StringComparison.Ordinal))
        {
            await Task.Delay(delay, cancellationToken);
        }

        return result;
    }
}
