namespace LtiPathways.Architecture.Tests;

/// <summary>Which first-level feature folder (<c>LtiPathways.LtiTool.Features.X</c>) uses which, with one example each.</summary>
public sealed class FeatureFolderGraph
{
    private const string Features = $"{ToolArchitecture.LtiTool}.Features.";

    private readonly Dictionary<string, Dictionary<string, string>> uses = [];

    public static FeatureFolderGraph Read(ArchUnitNET.Domain.Architecture model)
    {
        var graph = new FeatureFolderGraph();
        foreach (var type in model.Types)
        {
            var from = FolderOf(type.Namespace?.FullName);
            if (from is null)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                var to = FolderOf(dependency.Target.Namespace?.FullName);
                if (to is not null && to != from)
                {
                    graph.Add(from, to, $"{type.FullName} uses {dependency.Target.FullName}");
                }
            }
        }

        return graph;
    }

    /// <summary>Every "X -> Y" whose target can reach back to X, each with the way back and an example use.</summary>
    public IReadOnlyDictionary<string, string> EdgesInCycles()
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (from, targets) in uses)
        {
            foreach (var (to, example) in targets)
            {
                var back = PathBetween(to, from);
                if (back is not null)
                {
                    result[$"{from} -> {to}"] = $"{from} -> {string.Join(" -> ", back)} ({example})";
                }
            }
        }

        return result;
    }

    private void Add(string from, string to, string example)
    {
        if (!uses.TryGetValue(from, out var targets))
        {
            uses[from] = targets = [];
        }

        // The first example, in load order; stable enough to point the reader at a file.
        targets.TryAdd(to, example);
    }

    private List<string>? PathBetween(string start, string goal)
    {
        var cameFrom = new Dictionary<string, string?> { [start] = null };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var folder = queue.Dequeue();
            if (folder == goal)
            {
                var path = new List<string>();
                for (string? step = folder; step is not null; step = cameFrom[step])
                {
                    path.Insert(0, step);
                }

                return path;
            }

            foreach (var next in uses.GetValueOrDefault(folder)?.Keys ?? Enumerable.Empty<string>())
            {
                if (cameFrom.TryAdd(next, folder))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    private static string? FolderOf(string? ns) =>
        ns is not null && ns.StartsWith(Features, StringComparison.Ordinal) ? ns[Features.Length..].Split('.')[0] : null;
}
