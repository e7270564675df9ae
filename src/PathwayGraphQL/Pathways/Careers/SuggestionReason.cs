namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>Writes the "why" of a suggestion as a sentence a student understands.</summary>
internal static class SuggestionReason
{
    public static string For(InterestCode student, InterestCode pathway, IReadOnlyList<EmployabilitySkill> strongSkills)
    {
        var shared = student.Types.Where(pathway.Contains).ToList();
        var interests = shared.Count switch
        {
            0 => $"A looser match: it suits {Join(pathway.Types.Select(t => t.ToString()))} interests, which are not among your strongest",
            1 when shared[0] == student.Types[0] => $"Suggested because your strongest interest is {shared[0]}",
            1 => $"Suggested because {shared[0]} is one of your strongest interests",
            _ => $"Suggested because your strongest interests are {Join(shared.Select(t => t.ToString()))}",
        };
        return strongSkills.Count == 0
            ? interests
            : $"{interests}, and you rated yourself well in {Join(strongSkills.Select(s => s.Name.ToLowerInvariant()))}";
    }

    private static string Join(IEnumerable<string> words)
    {
        var list = words.ToList();
        return list.Count < 2 ? string.Concat(list) : $"{string.Join(", ", list.SkipLast(1))} and {list[^1]}";
    }
}
