using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

public sealed class PlanDocumentJsonTests
{
    [Fact]
    public void A_plan_with_every_part_reads_back_equal()
    {
        var plan = PlanSamples.CombinedPlan();

        var read = PlanDocumentJson.Read(PlanDocumentJson.Write(plan));

        Assert.True(read.IsValid, string.Join("; ", read.Problems));
        Assert.Equal(plan, read.Value);
    }

    [Fact]
    public void The_stored_form_names_enums_and_dates_as_people_read_them()
    {
        var json = PlanDocumentJson.Write(PlanSamples.CombinedPlan());

        Assert.Contains("\"kind\":\"PpsGuided\"", json);
        Assert.Contains("\"date\":\"2026-10-03\"", json);
    }

    [Fact]
    public void Absent_or_null_lists_read_as_empty()
    {
        var read = PlanDocumentJson.Read("""{"goals":null,"startedOn":"2026-09-01"}""");

        Assert.True(read.IsValid);
        Assert.Empty(read.Value!.Goals);
        Assert.Empty(read.Value.Hours);
        Assert.Equal(PlanSamples.September1, read.Value.StartedOn);
    }

    [Fact]
    public void An_unknown_hour_kind_is_a_problem_at_its_place()
    {
        var read = PlanDocumentJson.Read(
            """{"hours":[{"id":"00000000-0000-0000-0000-000000000001","date":"2026-10-03","hours":2,"kind":"Sleeping"}]}""");

        Assert.False(read.IsValid);
        Assert.Equal("$.hours[0].kind", read.Problems.Single().Path);
    }

    [Fact]
    public void Text_that_is_not_json_is_a_problem_not_an_exception()
    {
        var read = PlanDocumentJson.Read("not json");

        Assert.False(read.IsValid);
        Assert.StartsWith("This is not a plan this tool can read", read.Problems.Single().Message);
    }

    [Theory]
    [InlineData("""{"courses":[{"id":"00000000-0000-0000-0000-000000000001","kind":"DpSubject","level":"Higher","gradeYear":11}]}""", "$.courses[0]")]
    [InlineData("""{"courses":[{"id":"00000000-0000-0000-0000-000000000001","kind":"DpSubject","subject":null,"level":"Higher","gradeYear":11}]}""", "$.courses[0].subject")]
    public void A_missing_or_null_field_is_a_problem_at_its_place_not_a_null_inside_the_plan(string json, string path)
    {
        var read = PlanDocumentJson.Read(json);

        Assert.False(read.IsValid);
        Assert.Equal(path, read.Problems.Single().Path);
    }
}
