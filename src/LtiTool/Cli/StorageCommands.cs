using System.CommandLine;
using System.Globalization;
using LtiPathways.PathwayGraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Cli;

/// <summary><c>storage deletions</c>: the audit trail of every stored file removed on purpose, newest first.</summary>
public static class StorageCommands
{
    public static Command Create(IServiceProvider services, TextWriter output)
    {
        var storage = new Command("storage", "Stored submission files");
        var limit = new Option<int>("--limit") { Description = "How many records to show", DefaultValueFactory = _ => 100 };
        var deletions = new Command("deletions", "List stored files that were removed, who asked and why") { limit };
        deletions.SetAction(async (parse, cancellationToken) =>
        {
            using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PathwaysDbContext>();
            var records = await db.BlobDeletions.AsNoTracking()
                .OrderByDescending(d => d.DeletedAt)
                .Take(Math.Max(1, parse.GetValue(limit)))
                .GroupJoin(db.Users, d => d.RequestedByUserId, u => u.Id, (d, users) => new { d, users })
                .SelectMany(x => x.users.DefaultIfEmpty(), (x, u) => new { x.d.DeletedAt, x.d.StorageKey, x.d.Reason, Who = u == null ? null : u.Name })
                .ToListAsync(cancellationToken);
            if (records.Count == 0)
            {
                await output.WriteLineAsync("No stored file has been removed.");
            }

            foreach (var record in records)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{record.DeletedAt:u}  {record.StorageKey}  {record.Reason}  by {record.Who ?? "the tool"}"));
            }

            return 0;
        });
        storage.Subcommands.Add(deletions);
        return storage;
    }
}
