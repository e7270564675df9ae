using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

/// <summary>What makes a template usable: names, unique keys, and the parameters each requirement kind reads.</summary>
public static class PlanTemplateRules
{
    public static IEnumerable<Problem> Check(PlanTemplate template)
    {
        if (string.IsNullOrWhiteSpace(template.Key))
        {
            yield return new Problem("A template needs a key.", "key");
        }
        if (string.IsNullOrWhiteSpace(template.Name))
        {
            yield return new Problem("A template needs a name.", "name");
        }
        if (template.Version < 1)
        {
            yield return new Problem("A template's version starts at 1.", "version");
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < template.Requirements.Count; i++)
        {
            var requirement = template.Requirements[i];
            var path = $"requirements[{i}]";
            if (string.IsNullOrWhiteSpace(requirement.Key) || string.IsNullOrWhiteSpace(requirement.Name))
            {
                yield return new Problem("Each requirement needs a key and a name.", path);
                continue;
            }
            foreach (var key in requirement.FormerKeys.Prepend(requirement.Key).Where(key => !seen.Add(key)))
            {
                yield return new Problem($"The key \"{key}\" names two requirements; each key may name only one.", path + ".key");
            }
            foreach (var problem in RequirementParameterRules.Check(requirement))
            {
                yield return problem with { Path = $"{path}.parameters.{problem.Path}" };
            }
        }
    }
}
