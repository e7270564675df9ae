using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

public sealed class ShippedTemplateTests
{
    [Fact]
    public void The_career_related_programme_asks_for_its_core_under_current_names()
    {
        var names = ShippedTemplates.CareerRelated.Requirements.Select(r => r.Name);

        Assert.Equal(
            ["Career-related study", "Diploma Programme subjects", "Personal and Professional Skills", "Community Engagement",
             "Reflective Project supervision", "Reflective Project", "Language and Cultural Studies"],
            names);
    }

    [Fact]
    public void The_ilp_asks_for_cluster_sequence_certification_work_based_learning_and_employability()
    {
        var template = ShippedTemplates.CteIlp;

        Assert.Equal(Programme.CteIlp, template.Programme);
        Assert.Equal(120m, template.Find("work-based-learning")!.Parameters.TargetHours);
        Assert.Equal([HourKind.JobShadow, HourKind.Internship, HourKind.Apprenticeship], template.Find("work-based-learning")!.Parameters.HourKinds);
        Assert.Equal(RequirementKind.GradeThreshold, template.Find("employability-skills")!.Kind);
    }

    [Fact]
    public void The_combined_template_holds_both_and_lets_the_school_count_the_crs_as_the_cte_programme()
    {
        var combined = ShippedTemplates.Combined;

        Assert.Equal(
            ShippedTemplates.CareerRelated.Requirements.Concat(ShippedTemplates.CteIlp.Requirements).Select(r => r.Key),
            combined.Requirements.Select(r => r.Key));
        Assert.False(combined.CrsCountsAsCteProgramme);
        Assert.True(PlanTemplateJson.Read(PlanTemplateJson.Write(combined with { CrsCountsAsCteProgramme = true })).Value!.CrsCountsAsCteProgramme);
    }

    [Theory]
    [InlineData("service-learning", "Community Engagement")]
    [InlineData("language-development", "Language and Cultural Studies")]
    public void Former_keys_find_the_requirement_under_its_current_name(string formerKey, string currentName)
    {
        Assert.Equal(currentName, ShippedTemplates.CareerRelated.Find(formerKey)?.Name);
    }

    [Theory]
    [InlineData("Service Learning", "community-engagement")]
    [InlineData("language development", "language-and-cultural-studies")]
    public void Former_names_in_documents_match_the_current_requirement(string formerName, string key)
    {
        Assert.True(ShippedTemplates.Combined.Find(key)!.IsNamed(formerName));
    }

    [Fact]
    public void Hours_stored_under_a_former_kind_read_as_the_current_kind()
    {
        var read = PlanDocumentJson.Read(
            """{"hours":[{"id":"00000000-0000-0000-0000-000000000001","date":"2024-10-03","hours":2,"kind":"ServiceLearning","activity":null,"supervisor":null}]}""");

        Assert.Equal(HourKind.CommunityEngagement, read.Value!.Hours.Single().Kind);
    }

    [Fact]
    public void A_requirement_without_the_parameter_its_kind_reads_is_a_problem_at_that_parameter()
    {
        var json = PlanTemplateJson.Write(ShippedTemplates.CareerRelated).Replace("\"targetHours\":90,", "");

        var read = PlanTemplateJson.Read(json);

        Assert.False(read.IsValid);
        Assert.Equal("requirements[2].parameters.targetHours", read.Problems.Single().Path);
        Assert.Equal("Personal and Professional Skills needs a target of more than 0 hours.", read.Problems.Single().Message);
    }

    [Fact]
    public void A_key_used_by_two_requirements_is_a_problem()
    {
        var template = ShippedTemplates.CareerRelated;
        var twice = template with { Requirements = [.. template.Requirements, template.Requirements[0] with { Key = "service-learning" }] };

        Assert.Contains(PlanTemplateRules.Check(twice), p => p.Message == "The key \"service-learning\" names two requirements; each key may name only one.");
    }
}
