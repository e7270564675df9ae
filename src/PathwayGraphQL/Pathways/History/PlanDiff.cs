using System.Globalization;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.History;

/// <summary>
/// What changed between two versions of a plan, as lines a student, parent or advisor reads ("Hours on 3 Oct 2026
/// changed from 4 to 5"). Items are matched by id, so an edited entry is a change, not a removal and an addition.
/// </summary>
public static class PlanDiff
{
    public static ValueList<string> Between(PlanDocument older, PlanDocument newer, PlanTemplate? template = null) =>
    [
        .. Started(older, newer),
        .. Matched.ById(older.Goals, newer.Goals, g => g.Id).SelectMany(p => ItemChanges.Goal(p.Old, p.New)),
        .. Matched.ById(older.Milestones, newer.Milestones, m => m.Id).SelectMany(p => ItemChanges.Milestone(p.Old, p.New)),
        .. Matched.ById(older.Reflections, newer.Reflections, r => r.Id).SelectMany(p => ItemChanges.Reflection(p.Old, p.New, template)),
        .. Matched.ById(older.Hours, newer.Hours, h => h.Id).SelectMany(p => HourChanges.Of(p.Old, p.New)),
        .. Matched.ById(older.Courses, newer.Courses, c => c.Id).SelectMany(p => CourseChanges.Of(p.Old, p.New)),
        .. Choice("career-related study", older.CareerRelatedStudy, newer.CareerRelatedStudy, c => $"{c.Title} with {c.Provider}"),
        .. Choice("career pathway", older.Career, newer.Career, c => $"{c.Pathway} in {c.Cluster}"),
        .. Matched.ById(older.Certifications, newer.Certifications, c => c.Id).SelectMany(p => ItemChanges.Certification(p.Old, p.New)),
        .. Matched.ById(older.ProjectArtefacts, newer.ProjectArtefacts, a => a.Id).SelectMany(p => ItemChanges.Artefact(p.Old, p.New)),
        .. Matched.ById(older.Evidence, newer.Evidence, e => e.Id).SelectMany(p => EvidenceChanges.Of(p.Old, p.New, template)),
        .. Matched.ById(older.Waivers, newer.Waivers, w => w.Id).SelectMany(p => EvidenceChanges.Waiver(p.Old, p.New, template)),
    ];

    /// <summary>"3 Oct 2026": short, and unambiguous in a history that spans school years.</summary>
    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => day is { } d ? Day(d) : "no date";

    private static IEnumerable<string> Started(PlanDocument older, PlanDocument newer)
    {
        if (older.StartedOn != newer.StartedOn)
        {
            yield return $"Plan start changed from {Day(older.StartedOn)} to {Day(newer.StartedOn)}";
        }
    }

    private static IEnumerable<string> Choice<T>(string what, T? older, T? newer, Func<T, string> describe)
        where T : class
    {
        if (Equals(older, newer))
        {
            yield break;
        }
        yield return (older, newer) switch
        {
            (null, { } chosen) => $"Chose {what}: {describe(chosen)}",
            ({ } dropped, null) => $"Removed {what}: {describe(dropped)}",
            _ => $"Changed {what} from {describe(older!)} to {describe(newer!)}",
        };
    }
}
