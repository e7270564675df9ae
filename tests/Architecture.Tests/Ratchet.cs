namespace LtiPathways.Architecture.Tests;

/// <summary>
/// A rule that today's code still breaks in a few known places: it fails on any break not in the known list, and on a
/// listed one that has been mended, so the list only shrinks.
/// </summary>
public static class Ratchet
{
    /// <param name="found">Each break as its list entry, with a line that explains it.</param>
    public static void Hold(IReadOnlyDictionary<string, string> found, IEnumerable<string> known, string rule, string list)
    {
        var knownSet = known.ToHashSet(StringComparer.Ordinal);
        var added = found.Where(entry => !knownSet.Contains(entry.Key)).Select(entry => $"  {entry.Value}").ToList();
        var gone = knownSet.Where(entry => !found.ContainsKey(entry)).Order(StringComparer.Ordinal)
            .Select(entry => $"  \"{entry}\"").ToList();

        var problems = new List<string>();
        if (added.Count > 0)
        {
            problems.Add($"{rule}; these are new:");
            problems.AddRange(added);
        }

        if (gone.Count > 0)
        {
            problems.Add($"These known exceptions are gone; delete their entries from {list}:");
            problems.AddRange(gone);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
