using System.Net;

namespace LtiPathways.LtiTool.Tests.Pathways.Careers;

/// <summary>The results a finished inventory gives, and who else may read them.</summary>
public sealed class CareerResultsPageTests : CareerTest
{
    [Fact]
    public async Task Results_show_the_six_scores_the_code_in_plain_words_and_suggestions_with_their_reasons()
    {
        var jordan = await SessionAsync();
        await PostAsync($"{Root}/interests/finish", jordan, Answers());

        var (status, page) = await GetAsync($"{Root}/results", jordan);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-testid=\"interest-code\">ISA<", page, StringComparison.Ordinal);
        foreach (var type in new[] { "Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional" })
        {
            Assert.Contains($"data-type=\"{type}\"", page, StringComparison.Ordinal);
        }
        Assert.Contains("The code lists the three kinds of activity you liked most", page, StringComparison.Ordinal);
        Assert.Contains("40 of 40", page, StringComparison.Ordinal);
        Assert.Contains("You enjoy finding out how things work", page, StringComparison.Ordinal);
        Assert.Contains("Suggested because your strongest interests are Investigative", page, StringComparison.Ordinal);
        Assert.Contains("Make this my plan&#x27;s pathway", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-plan\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_student_gets_not_found_for_a_classmates_results_and_the_planner_advisor_reads_them()
    {
        var jordan = await SessionAsync();
        await PostAsync($"{Root}/interests/finish", jordan, Answers());
        var jordanId = await UserIdAsync("sandbox-student-1");
        var casey = await CaseyAsync();
        var teacher = await SessionAsync("teacher");

        var (classmate, classmatePage) = await GetAsync($"{Root}/students/{jordanId}", casey);
        var (beforePlanner, _) = await GetAsync($"{Root}/students/{jordanId}", teacher);
        await PlacePlannerAsync();
        var (advisor, advisorPage) = await GetAsync($"{Root}/students/{jordanId}", teacher);
        var (unknown, _) = await GetAsync($"{Root}/students/{Guid.NewGuid()}", teacher);

        Assert.Equal(HttpStatusCode.NotFound, classmate);
        Assert.DoesNotContain("ISA", classmatePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, beforePlanner);
        Assert.Equal(HttpStatusCode.OK, advisor);
        Assert.Contains("Career interests of Jordan Lee", advisorPage, StringComparison.Ordinal);
        Assert.Contains("Jordan Lee&#x27;s interest code", advisorPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"interest-code\">ISA<", advisorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", advisorPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
    }

    [Fact]
    public async Task The_catalogue_lists_every_cluster_with_each_pathways_jobs_certifications_and_subjects()
    {
        var (status, page) = await GetAsync($"{Root}/browse", await SessionAsync());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(14, page.Split("<section class=\"cluster\"").Length - 1);
        Assert.Contains("data-pathway=\"Robotics\"", page, StringComparison.Ordinal);
        Assert.Contains("FANUC Certified Robot Operator", page, StringComparison.Ordinal);
        Assert.Contains("Related DP subjects", page, StringComparison.Ordinal);
    }
}
