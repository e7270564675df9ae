using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>At least so many certifications valid today; one that lapses soon, leaving too few, puts the requirement at risk.</summary>
public static class CertificationRule
{
    public static Verdict Check(RequirementDefinition requirement, PlanFacts facts)
    {
        var (today, minimum) = (facts.Today, requirement.Parameters.Minimum ?? 1);
        var earned = facts.Plan.Certifications.Where(c => c.EarnedOn <= today).ToList();
        var valid = earned.Where(c => c.ExpiresOn is not { } expiry || expiry > today).ToList();
        if (valid.Count < minimum)
        {
            var lapsed = earned.Where(c => c.ExpiresOn <= today).MaxBy(c => c.ExpiresOn);
            var need = Wording.Count(minimum - valid.Count, "more certification", "more certifications");
            return lapsed is null
                ? new(RequirementStatus.Missing, $"{Wording.Count(valid.Count, "certification", "certifications")} valid; earn {need}.")
                : new(RequirementStatus.Missing, $"{lapsed.Name} expired on {Wording.Day(lapsed.ExpiresOn!.Value, today.Year)}; renew it or earn {need}.");
        }
        var soon = today.AddDays(requirement.Parameters.ExpiryWarningDays ?? 0);
        var lasting = valid.Count(c => c.ExpiresOn is not { } expiry || expiry > soon);
        var lapsing = valid.Where(c => c.ExpiresOn <= soon).MinBy(c => c.ExpiresOn);
        if (lasting < minimum && lapsing is not null)
        {
            return new(RequirementStatus.AtRisk, $"{lapsing.Name} expires on {Wording.Day(lapsing.ExpiresOn!.Value, today.Year)}; renew it before then.");
        }
        return new(RequirementStatus.Met, Wording.List(valid.Select(c => c.ExpiresOn is { } expiry
            ? $"{c.Name} from {c.Issuer}, valid until {Wording.Day(expiry, today.Year)}"
            : $"{c.Name} from {c.Issuer}")) + ".");
    }
}
