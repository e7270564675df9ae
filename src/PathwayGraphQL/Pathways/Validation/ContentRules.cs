using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Validation;

/// <summary>
/// Entries that say nothing: a goal without text, a course, certification or career-related study without a name, a
/// reflection without words or a recording, a project piece, evidence or a waiver that names nothing of the template.
/// </summary>
public static class ContentRules
{
    private static IEnumerable<(string Path, string Sentence)> Blanks(PlanDocument plan) =>
        plan.Milestones.Select((m, i) => (m.Title, $"milestones[{i}].title", "Name the milestone."))
            .Concat(plan.Courses.Select((c, i) => (c.Subject, $"courses[{i}].subject", "Name the subject or course.")))
            .Concat(plan.Certifications.Select((c, i) => (c.Name, $"certifications[{i}].name", "Name the certification.")))
            .Concat(plan.Certifications.Select((c, i) => (c.Issuer, $"certifications[{i}].issuer", "Name who issued the certification.")))
            .Concat(plan.ProjectArtefacts.Select((a, i) => (a.Title, $"projectArtefacts[{i}].title", "Name the piece of the project.")))
            .Concat(plan.CareerRelatedStudy is { } crs
                ? [(crs.Title, "careerRelatedStudy.title", "Name the career-related study."), (crs.Provider, "careerRelatedStudy.provider", "Name who provides the career-related study.")]
                : [])
            .Where(x => string.IsNullOrWhiteSpace(x.Item1))
            .Select(x => (x.Item2, x.Item3));

    public static IEnumerable<Problem> Check(PlanDocument plan, PlanTemplate? template)
    {
        for (var i = 0; i < plan.Goals.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(plan.Goals[i].Text))
            {
                yield return new Problem("Say what the goal is.", $"goals[{i}].text");
            }
            if (string.IsNullOrWhiteSpace(plan.Goals[i].Measure))
            {
                yield return new Problem("Say how you will know the goal is reached.", $"goals[{i}].measure");
            }
        }
        for (var i = 0; i < plan.Reflections.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(plan.Reflections[i].Text) && plan.Reflections[i].RecordingFileId is null)
            {
                yield return new Problem("Write the reflection or attach a recording.", $"reflections[{i}].text");
            }
        }
        foreach (var (path, sentence) in Blanks(plan))
        {
            yield return new Problem(sentence, path);
        }
        for (var i = 0; i < plan.Courses.Count; i++)
        {
            if (plan.Courses[i].GradeYear is < 6 or > 13)
            {
                yield return new Problem("A grade year is from 6 to 13.", $"courses[{i}].gradeYear");
            }
        }
        var pieces = template?.Requirements.SelectMany(r => r.Parameters.Artefacts).Select(a => a.Key).ToHashSet();
        for (var i = 0; i < plan.ProjectArtefacts.Count; i++)
        {
            if (pieces is not null && !pieces.Contains(plan.ProjectArtefacts[i].Kind))
            {
                yield return new Problem("Choose which piece of the project this is.", $"projectArtefacts[{i}].kind");
            }
        }
        for (var i = 0; i < plan.Evidence.Count; i++)
        {
            var evidence = plan.Evidence[i];
            if (evidence.RequirementKeys.Count == 0)
            {
                yield return new Problem("Tag the evidence with at least one requirement it counts toward.", $"evidence[{i}].requirementKeys");
            }
            foreach (var key in evidence.RequirementKeys.Where(key => template is not null && template.Find(key) is null))
            {
                yield return new Problem($"\"{key}\" is not a requirement of this plan's template.", $"evidence[{i}].requirementKeys");
            }
        }
        for (var i = 0; i < plan.Waivers.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(plan.Waivers[i].Reason))
            {
                yield return new Problem("Give the reason for the waiver; it stays in the plan's history.", $"waivers[{i}].reason");
            }
        }
    }
}
