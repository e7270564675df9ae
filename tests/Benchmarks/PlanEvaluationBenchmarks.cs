using BenchmarkDotNet.Attributes;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.Rubrics;

namespace LtiPathways.Benchmarks;

/// <summary>
/// Time per plan evaluated: 5,000 plans of a 25-requirement template (the combined CP + CTE requirements, repeated under
/// new keys), each with hours, courses, certifications and Reflective Project pieces across a school year.
/// </summary>
[InProcess]
[MemoryDiagnoser]
public class PlanEvaluationBenchmarks
{
    public const int Plans = 5000;
    private static readonly DateOnly YearStart = new(2026, 9, 1);
    private static readonly DateOnly Today = YearStart.AddDays(150);

    private PlanTemplate template = default!;
    private PlanDocument[] documents = [];

    [GlobalSetup]
    public void SetUp()
    {
        var shipped = ShippedTemplates.Combined;
        template = shipped with
        {
            Requirements = Enumerable.Range(0, 25)
                .Select(i => shipped.Requirements[i % shipped.Requirements.Count] is var r && i < shipped.Requirements.Count
                    ? r
                    : r with { Key = $"{r.Key}-{i}", Name = $"{r.Name} ({i})", FormerKeys = [], FormerNames = [] })
                .ToValueList(),
        };
        var random = new Random(13);
        documents = [.. Enumerable.Range(0, Plans).Select(_ => Document(random))];
    }

    [Benchmark(OperationsPerInvoke = Plans)]
    public int EvaluatePlan()
    {
        var met = 0;
        foreach (var document in documents)
        {
            met += PlanEvaluator.Evaluate(template, document, Today).Requirements.Count(r => r.Status == RequirementStatus.Met);
        }
        return met;
    }

    private static PlanDocument Document(Random random)
    {
        DateOnly Day() => YearStart.AddDays(random.Next(0, 150));
        return PlanDocument.Empty with
        {
            StartedOn = YearStart,
            Hours = Enumerable.Range(0, random.Next(0, 40))
                .Select(_ => new HourLog(Guid.NewGuid(), Day(), random.Next(1, 16) / 4m, (HourKind)random.Next(Enum.GetValues<HourKind>().Length), "Workshop", "Ms Park"))
                .ToValueList(),
            Courses = Enumerable.Range(0, random.Next(0, 6))
                .Select(i => new CourseChoice(Guid.NewGuid(), (CourseKind)random.Next(Enum.GetValues<CourseKind>().Length), $"Subject {i}", (CourseLevel)random.Next(Enum.GetValues<CourseLevel>().Length), random.Next(9, 13)))
                .ToValueList(),
            Certifications = Enumerable.Range(0, random.Next(0, 3))
                .Select(_ => Day() is var earned ? new Certification(Guid.NewGuid(), "CompTIA A+", "CompTIA", earned, earned.AddYears(random.Next(0, 3))) : null!)
                .ToValueList(),
            ProjectArtefacts = new[] { "proposal", "learning-journal", "planning-and-progress-form", "final-submission" }
                .Where(_ => random.Next(2) == 0).Select(kind => new ProjectArtefact(Guid.NewGuid(), kind, kind, Day(), null))
                .ToValueList(),
        };
    }
}
