using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>
/// Ranks a catalogue's pathways and clusters for a student. A pathway's fit is the average strength of the student's
/// interest in the pathway's types, weighted 3, 2, 1 by their place in its code. With a skills self-assessment, the
/// average self-rating of the skills those types lean on counts for 15 % of the fit. Equal fits keep catalogue order.
/// </summary>
public static class CareerSuggester
{
    private static readonly int[] PlaceWeights = [3, 2, 1];
    private const decimal SkillShare = 0.15m;

    public static CareerSuggestions Suggest(CareerCatalogue catalogue, InterestProfile interests, SkillsProfile? skills = null)
    {
        var pathways = catalogue.Pathways
            .Select(x => (x.Cluster, x.Pathway, Fit: FitOf(x.Pathway, interests, skills)))
            .OrderByDescending(x => x.Fit)
            .ToList();
        var suggestions = pathways
            .Select(x => new PathwaySuggestion(x.Cluster.Name, x.Pathway.Name, Rounded(x.Fit), ReasonFor(x.Pathway, interests, skills) + "."))
            .ToValueList();
        var clusters = pathways
            .GroupBy(x => x.Cluster)
            .Select(g => g.First())
            .Select(x => new ClusterSuggestion(x.Cluster.Name, x.Pathway.Name, Rounded(x.Fit),
                $"{ReasonFor(x.Pathway, interests, skills)}; its closest pathway is {x.Pathway.Name}."))
            .ToValueList();
        return new CareerSuggestions(clusters, suggestions);
    }

    private static decimal FitOf(CareerPathway pathway, InterestProfile interests, SkillsProfile? skills)
    {
        var types = pathway.Interests.Types;
        var interestFit = types.Select((t, i) => PlaceWeights[i] * interests.ScoreOf(t).Strength).Sum()
            / PlaceWeights.Take(types.Count).Sum();
        var related = RelatedSkills(pathway, skills).ToList();
        if (related.Count == 0)
        {
            return interestFit;
        }
        var skillFit = related.Average(r => ((int)r.Level - 1) * 100m / 3);
        return (1 - SkillShare) * interestFit + SkillShare * skillFit;
    }

    private static string ReasonFor(CareerPathway pathway, InterestProfile interests, SkillsProfile? skills) =>
        SuggestionReason.For(interests.Code, pathway.Interests,
            [.. RelatedSkills(pathway, skills).Where(r => r.Level >= SkillLevel.Capable).Select(r => r.Skill)]);

    private static IEnumerable<(EmployabilitySkill Skill, SkillLevel Level)> RelatedSkills(CareerPathway pathway, SkillsProfile? skills) =>
        (skills?.Ratings ?? []).Where(r => r.Skill.SupportsInterests.Any(pathway.Interests.Contains));

    private static int Rounded(decimal fit) => (int)Math.Round(fit, MidpointRounding.AwayFromZero);
}
