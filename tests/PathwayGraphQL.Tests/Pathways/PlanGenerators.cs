using FsCheck;
using FsCheck.Fluent;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

/// <summary>Generators of plans across a school year, for property tests; evaluation days fall inside the same year.</summary>
public static class PlanGenerators
{
    public static readonly DateOnly YearStart = new(2026, 9, 1);

    public static Gen<DateOnly> Day { get; } = Gen.Choose(0, 300).Select(YearStart.AddDays);

    public static Gen<Guid> Ids { get; } = Gen.Choose(1, int.MaxValue).Select(n => new Guid(n, 0, 0, new byte[8]));

    private static Gen<string> Text(params string[] choices) => Gen.Elements(choices);

    private static Gen<ValueList<string>> Tags { get; } =
        Gen.SubListOf(["personal-and-professional-skills", "community-engagement", "service-learning", "employability-skills",
            "reflective-project", "language-development"]).Select(tags => tags.ToValueList());

    public static Gen<HourLog> Hour(Gen<DateOnly> day) =>
        from id in Ids
        from date in day
        from quarters in Gen.Choose(1, 32)
        from kind in Gen.Elements(Enum.GetValues<HourKind>())
        from activity in Text("Food bank", "Workshop", "Hospital desk", "")
        select new HourLog(id, date, quarters / 4m, kind, activity, "Ms Park");

    private static Gen<Goal> Goals { get; } =
        from id in Ids
        from set in Day
        from length in Gen.Choose(1, 200)
        from status in Gen.Elements(Enum.GetValues<GoalStatus>())
        from text in Text("Earn CompTIA A+", "Finish the proposal", "Log 90 PPS hours")
        select new Goal(id, text, "Evidence in the plan", set, set.AddDays(length), status);

    private static Gen<CourseChoice> Courses { get; } =
        from id in Ids
        from kind in Gen.Elements(Enum.GetValues<CourseKind>())
        from subject in Text("Biology", "History", "Networking", "Principles of IT")
        from level in Gen.Elements(Enum.GetValues<CourseLevel>())
        from grade in Gen.Choose(9, 12)
        select new CourseChoice(id, kind, subject, level, grade);

    private static Gen<Certification> Certifications { get; } =
        from id in Ids
        from earned in Day
        from years in Gen.Elements<int?>(null, 1, 3)
        select new Certification(id, "CompTIA A+", "CompTIA", earned, years is { } y ? earned.AddYears(y) : null);

    private static Gen<ProjectArtefact> Artefacts { get; } =
        from id in Ids
        from kind in Text("proposal", "learning-journal", "planning-and-progress-form", "final-submission")
        from done in Gen.Elements(false, true)
        from day in Day
        select new ProjectArtefact(id, kind, "Reflective Project " + kind, done ? day : null, null);

    private static Gen<Evidence> EvidenceGen { get; } =
        from id in Ids
        from source in Gen.Elements(Enum.GetValues<EvidenceSource>())
        from sourceId in Ids
        from tags in Tags
        select new Evidence(id, source, sourceId, "Presentation", tags);

    private static Gen<Reflection> Reflections { get; } =
        from id in Ids
        from day in Day
        from tags in Tags
        select new Reflection(id, ReflectionKind.Reflection, day, "What I learned.", null, tags);

    private static Gen<Waiver> Waivers { get; } =
        from id in Ids
        from key in Text("language-and-cultural-studies", "work-based-learning")
        select new Waiver(id, key, "Transferred in grade 12", id, "Dr Ruiz", new DateTimeOffset(2026, 9, 20, 8, 0, 0, TimeSpan.Zero));

    private static Gen<ValueList<T>> ListOf<T>(Gen<T> item, int most) =>
        Gen.Choose(0, most).SelectMany(n => Gen.ListOf(item, n)).Select(items => items.ToValueList());

    public static Gen<PlanDocument> Plans { get; } =
        from goals in ListOf(Goals, 3)
        from hours in ListOf(Hour(Day), 12)
        from courses in ListOf(Courses, 5)
        from certifications in ListOf(Certifications, 2)
        from artefacts in ListOf(Artefacts, 4)
        from evidence in ListOf(EvidenceGen, 3)
        from reflections in ListOf(Reflections, 3)
        from waivers in ListOf(Waivers, 1)
        from crs in Gen.Elements(true, false)
        from career in Gen.Elements(true, false)
        select PlanDocument.Empty with
        {
            StartedOn = YearStart,
            Goals = goals,
            Hours = hours,
            Courses = courses,
            Certifications = certifications,
            ProjectArtefacts = artefacts,
            Evidence = evidence,
            Reflections = reflections,
            Waivers = waivers,
            CareerRelatedStudy = crs ? new CareerRelatedStudy(Guid.Empty, "Network Technician Certificate", "City College") : null,
            Career = career ? new CareerChoice("Information Technology", "Network Systems") : null,
        };

    /// <summary>A released percentage for some of the plan's linked rubric assessments.</summary>
    public static Gen<Dictionary<Guid, decimal>> ReleasedFor(PlanDocument plan) =>
        Gen.CollectToArray(plan.Evidence.Select(e => Gen.Choose(-1, 100).Select(p => (e.SourceId, Percentage: p))))
            .Select(results => results.Where(r => r.Percentage >= 0).DistinctBy(r => r.SourceId).ToDictionary(r => r.SourceId, r => (decimal)r.Percentage));
}
