using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using Microsoft.EntityFrameworkCore;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.PlanGenerators;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

/// <summary>A plan stored version after version (SQLite): each version reads back as saved, and any two diff as their documents do.</summary>
public sealed class PlanVersionProperties : PlanServiceFixture
{
    private static Gen<List<PlanDocument>> Histories { get; } = Gen.Choose(1, 4).SelectMany(n => Gen.ListOf(Plans, n)).Select(l => l.ToList());

    [Property(MaxTest = 20)]
    public Property A_plan_round_trips_through_its_versions() =>
        Prop.ForAll(Histories.ToArbitrary(), documents => RoundTripAsync(documents).GetAwaiter().GetResult());

    private async Task RoundTripAsync(List<PlanDocument> documents)
    {
        await using var db = school.NewContext();
        var student = school.AsStudent(school.Student);
        var planId = await new PlanQueries(db, clock).OwnPlanIdAsync(student) ?? (await StartedAsync()).PlanId;
        var plan = await db.Plans.SingleAsync(p => p.Id == planId);
        var first = plan.CurrentVersion + 1;
        foreach (var document in documents)
        {
            Assert.IsType<PlanSaveResult.Saved>(await new PlanWriter(db, clock).CommitAsync(plan, plan.CurrentVersion, document, school.Student.Id));
        }

        var queries = new PlanQueries(school.NewContext(), clock);
        for (var i = 0; i < documents.Count; i++)
        {
            Assert.Equal(documents[i], (await PlanVersions.SnapshotAsync(db, plan, first + i)).Document);
            var diff = await queries.DiffAsync(student, planId, first, first + i);
            Assert.Equal(PlanDiff.Between(documents[0], documents[i], ShippedTemplates.Combined), diff.Value);
        }
    }
}
