using System.Text.Json;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// Fills a <see cref="PlanSummary"/> from an evaluation the evaluator made: statuses are counted, never judged again;
/// hours are the ones the hour rules count (<see cref="LoggedHours"/>); the next steps are <see cref="NextSteps"/>'.
/// </summary>
public static class PlanSummaryFigures
{
    private static readonly HourKind[] WorkBased = [HourKind.JobShadow, HourKind.Internship, HourKind.Apprenticeship];

    public static void Fill(PlanSummary summary, EvaluatedPlan evaluated, DateOnly today, DateTime now)
    {
        var (plan, template, evaluation) = (evaluated.Plan.Document, evaluated.Template, evaluated.Evaluation);
        var statuses = evaluation.Requirements.Select(r => r.Status).ToList();
        var facts = new PlanFacts(template, plan, today, new Dictionary<Guid, decimal>());
        var hourTargets = template.Requirements.Where(r => r.Kind == RequirementKind.HourTarget && r.Parameters.TargetHours is > 0).ToList();
        var expiring = plan.Certifications.Where(c => c.ExpiresOn >= today).OrderBy(c => c.ExpiresOn).FirstOrDefault();

        summary.StudentUserId = evaluated.Plan.StudentUserId;
        summary.PlanVersion = evaluated.Plan.VersionNumber;
        (summary.EvaluatedOn, summary.EvaluatedAt) = (today, now);
        (summary.TemplateKey, summary.TemplateName, summary.Programme) = (template.Key, template.Name, template.Programme);
        summary.Cohort = plan.StartedOn?.Year;
        summary.Provider = string.IsNullOrWhiteSpace(plan.CareerRelatedStudy?.Provider) ? null : plan.CareerRelatedStudy.Provider.Trim();
        summary.Overall = evaluation.Overall;
        summary.Requirements = statuses.Count;
        summary.AtRisk = statuses.Count(s => s == RequirementStatus.AtRisk);
        summary.Missing = statuses.Count(s => s == RequirementStatus.Missing);
        summary.Met = statuses.Count(s => s is RequirementStatus.Met or RequirementStatus.Waived);
        summary.HoursLogged = (double)hourTargets.Sum(r => Math.Min(r.Parameters.TargetHours!.Value, LoggedHours.For(r, facts).Sum(h => h.Hours)));
        summary.HoursTarget = (double)hourTargets.Sum(r => r.Parameters.TargetHours!.Value);
        summary.BehindPace = evaluation.Requirements.Any(r => r.Status == RequirementStatus.AtRisk && hourTargets.Any(h => h.Answers(r.Key)));
        summary.OverdueMilestones = plan.Milestones.Count(m => m.CompletedOn is null && m.Due < today);
        summary.NextDeadline = NextSteps.NextDeadline(template, plan, evaluation, today);
        (summary.ExpiringCertification, summary.CertificationExpiresOn) = (expiring?.Name, expiring?.ExpiresOn);
        summary.AttentionJson = JsonSerializer.Serialize(evaluation.Requirements
            .Where(r => r.Status is RequirementStatus.AtRisk or RequirementStatus.Missing).OrderBy(r => r.Status).Select(r => r.Sentence));
        summary.NextStepsJson = JsonSerializer.Serialize(NextSteps.Of(template, plan, evaluation, today));
        KeepYears(summary, YearsOf(plan, today));
    }

    public static IReadOnlyList<string> Attention(PlanSummary summary) => JsonSerializer.Deserialize<List<string>>(summary.AttentionJson) ?? [];

    public static IReadOnlyList<NextStep> Steps(PlanSummary summary) => JsonSerializer.Deserialize<List<NextStep>>(summary.NextStepsJson) ?? [];

    private static List<PlanYearFigure> YearsOf(PlanDocument plan, DateOnly today)
    {
        var hours = plan.Hours.Where(h => h.Date <= today && h.Hours > 0).ToList();
        return plan.Certifications.Select(c => c.EarnedOn.Year).Concat(hours.Select(h => h.Date.Year)).Distinct().Order()
            .Select(year => new PlanYearFigure
            {
                Year = year,
                Certifications = plan.Certifications.Count(c => c.EarnedOn.Year == year && c.EarnedOn <= today),
                CommunityHours = (double)hours.Where(h => h.Date.Year == year && h.Kind == HourKind.CommunityEngagement).Sum(h => h.Hours),
                WorkBasedHours = (double)hours.Where(h => h.Date.Year == year && WorkBased.Contains(h.Kind)).Sum(h => h.Hours),
            })
            .Where(y => y.Certifications > 0 || y.CommunityHours > 0 || y.WorkBasedHours > 0)
            .ToList();
    }

    // Updated in place, year by year: a tracked row removed and added again under the same key would clash in the change tracker.
    private static void KeepYears(PlanSummary summary, List<PlanYearFigure> years)
    {
        summary.Years.RemoveAll(kept => years.All(y => y.Year != kept.Year));
        foreach (var year in years)
        {
            if (summary.Years.FirstOrDefault(kept => kept.Year == year.Year) is { } kept)
            {
                (kept.Certifications, kept.CommunityHours, kept.WorkBasedHours) = (year.Certifications, year.CommunityHours, year.WorkBasedHours);
            }
            else
            {
                summary.Years.Add(year);
            }
        }
    }
}
