using System.Globalization;
using System.Net;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Partnerships;
using LtiPathways.LtiTool.Tests.Pathways;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Dashboards;

/// <summary>The coordinator dashboard as a coordinator meets it (issue 15, item 6): filters, the CSV of the view, reminders, and who is refused.</summary>
public sealed class CoordinatorDashboardTests : PartnershipTest
{
    [Fact]
    public async Task The_filters_narrow_the_students_by_pathway_risk_and_cohort()
    {
        var coordinator = await LaunchAsync("coordinator");
        await CaseloadStudents.AddAsync(Factory.Services, 3);
        await CaseloadStudents.AddAsync(Factory.Services, 2, template: "cte-ilp");
        var year = Today.Year.ToString(CultureInfo.InvariantCulture);

        var (status, all) = await GetAsync("/app/dashboards", coordinator);
        var (_, cte) = await GetAsync("/app/dashboards?template=cte-ilp", coordinator);
        var (_, missing) = await GetAsync($"/app/dashboards?template=ib-cp-cte&risk=missing&cohort={year}", coordinator);
        var (_, earlier) = await GetAsync($"/app/dashboards?cohort={Today.Year - 3}", coordinator);
        var (_, onTrack) = await GetAsync("/app/dashboards?risk=on-track", coordinator);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Showing 1–5 of 5 students.", all, StringComparison.Ordinal);
        Assert.Contains("Showing 1–2 of 2 students.", cte, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(cte, "<tr data-student="));
        Assert.Contains("Showing 1–3 of 3 students.", missing, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{year}\" selected", missing, StringComparison.Ordinal);
        Assert.Contains("No student matches these filters.", earlier, StringComparison.Ordinal);
        Assert.Contains("No student matches these filters.", onTrack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_CSV_holds_the_filtered_students_with_formulas_written_as_text()
    {
        var coordinator = await LaunchAsync("coordinator");
        await CaseloadStudents.AddAsync(Factory.Services, 2);
        await CaseloadStudents.AddAsync(Factory.Services, 1, template: "cte-ilp");
        await QueryAsync(async db =>
        {
            var user = await db.Users.Where(u => db.Plans.Any(p => p.StudentUserId == u.Id && p.TemplateKey == "ib-cp-cte")).OrderBy(u => u.Name).FirstAsync();
            user.Name = "=HYPERLINK(\"http://evil.example\",\"x\")";
            await db.SaveChangesAsync();
            return 0;
        });

        using var response = await Driver.Client.GetAsync(
            $"{LaunchDriver.ToolBase}/app/dashboards/students.csv?template=ib-cp-cte&session={Uri.EscapeDataString(coordinator)}");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Student,Plan,Cohort,Provider,Status,Requirements met,Requirements,", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.All(lines.Skip(1), line => Assert.Contains(",IB Career-related Programme with CTE,", line, StringComparison.Ordinal));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agreement_expiring_in_30_days_appears_in_the_dashboards_reminders()
    {
        var coordinator = await LaunchAsync("coordinator");
        var (providerId, page) = await AddProviderAsync(coordinator, "Harbour Training");
        await PostAgreementAsync(page, providerId, Today.AddDays(-300), Today.AddDays(30), Pdf());

        var (_, dashboard) = await GetAsync("/app/dashboards", coordinator);

        Assert.Contains("<li data-window=\"30\">", dashboard, StringComparison.Ordinal);
        Assert.Contains($"the agreement expires on {Day(Today.AddDays(30))} (in 30 days)", dashboard, StringComparison.Ordinal);
        Assert.Contains("Harbour Training</a>", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_institutions_coordinator_never_sees_these_students()
    {
        await LaunchAsync("coordinator");
        await CaseloadStudents.AddAsync(Factory.Services, 2);
        var names = await QueryAsync(db => db.Users.Where(u => u.Subject.StartsWith("caseload-")).Select(u => u.Name).ToListAsync());
        var elsewhere = await ElsewhereAsync();

        var (status, dashboard) = await GetAsync("/app/dashboards", elsewhere);
        using var export = await Driver.Client.GetAsync($"{LaunchDriver.ToolBase}/app/dashboards/students.csv?session={Uri.EscapeDataString(elsewhere)}");
        var csv = await export.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("No student matches these filters.", dashboard, StringComparison.Ordinal);
        Assert.All(names, name => Assert.DoesNotContain(name, dashboard, StringComparison.Ordinal));
        Assert.All(names, name => Assert.DoesNotContain(name, csv, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("student")]
    [InlineData("teacher")]
    public async Task A_student_or_teacher_is_refused_with_a_page(string person)
    {
        var token = await LaunchAsync(person);

        var (status, page) = await GetAsync("/app/dashboards", token);
        using var export = await Driver.Client.GetAsync($"{LaunchDriver.ToolBase}/app/dashboards/students.csv?session={Uri.EscapeDataString(token)}");
        var (impactStatus, _) = await GetAsync("/app/dashboards/impact", token);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("The dashboard is for the institution&#x27;s coordinators", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.Equal("text/html", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, impactStatus);
    }

    [Theory]
    [InlineData("risk=everything", "There is no risk")]
    [InlineData("cohort=last-year", "The cohort is the year students started their plans")]
    [InlineData("page=0", "Pages are numbered from 1.")]
    public async Task A_filter_the_page_never_offers_is_a_400_with_a_sentence(string query, string sentence)
    {
        var coordinator = await LaunchAsync("coordinator");

        var (status, page) = await GetAsync($"/app/dashboards?{query}", coordinator);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(sentence, page, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
