using System.Net;
using System.Text.RegularExpressions;
using static LtiPathways.LtiTool.Tests.Pathways.PlannerTest;

namespace LtiPathways.LtiTool.Tests.Pathways;

/// <summary>Plan entries edited and removed where they are shown: each change a new version, read in the history.</summary>
public sealed partial class PlannerEntryTests : PlannerTest
{
    [Fact]
    public async Task A_goal_is_edited_then_removed_in_place_its_milestone_stays_and_is_edited_and_removed_too()
    {
        var (planId, page) = await StartPlanAsync(await LaunchAsync("student"));
        page = await SavedAsync(page, $"/app/pathways/plans/{planId}/goals",
            [Field("goals-text", "Earn CompTIA A+"), Field("goals-measure", "Pass both exams"), Field("goals-targetDate", "2099-06-01")]);
        var goal = EntryAction(page, "goals");
        page = await SavedAsync(page, $"/app/pathways/plans/{planId}/milestones",
            [Field("milestones-title", "Book the first exam"), Field("milestones-due", "2099-01-15"), Field("milestones-goalId", goal[^36..])]);
        Assert.Contains("Remove goal", page, StringComparison.Ordinal);
        Assert.Contains("Its milestones stay, towards no particular goal.", page, StringComparison.Ordinal);

        var g = Section("goals", goal);
        page = await SavedAsync(page, goal, [Field($"{g}-text", "Earn CompTIA A+ and Network+"), Field($"{g}-measure", "Pass all four exams"), Field($"{g}-targetDate", "2099-09-01")]);
        Assert.Contains("Earn CompTIA A+ and Network+", page, StringComparison.Ordinal);
        page = await SavedAsync(page, goal + "/remove", []);
        Assert.DoesNotContain("Earn CompTIA A+ and Network+", page, StringComparison.Ordinal);
        Assert.Contains("Milestone: Book the first exam, due 15 Jan 2099", page, StringComparison.Ordinal);
        Assert.Contains("its history still shows what was there", page, StringComparison.Ordinal);

        var milestone = EntryAction(page, "milestones");
        var m = Section("milestones", milestone);
        page = await SavedAsync(page, milestone, [Field($"{m}-title", "Book both exams"), Field($"{m}-due", "2099-02-01"), Field($"{m}-completedOn", ""), Field($"{m}-goalId", "")]);
        Assert.Contains("Milestone: Book both exams, due 1 Feb 2099", page, StringComparison.Ordinal);
        page = await SavedAsync(page, milestone + "/remove", []);
        Assert.DoesNotContain("Book both exams", page, StringComparison.Ordinal);

        var history = await HistoryAsync(planId);
        Assert.Contains("Goal \u201cEarn CompTIA A+\u201d now reads \u201cEarn CompTIA A+ and Network+\u201d", history, StringComparison.Ordinal);
        Assert.Contains("Goal \u201cEarn CompTIA A+ and Network+\u201d moved from 1 Jun 2099 to 1 Sep 2099", history, StringComparison.Ordinal);
        Assert.Contains("Removed goal \u201cEarn CompTIA A+ and Network+\u201d", history, StringComparison.Ordinal);
        Assert.Contains("Milestone \u201cBook the first exam\u201d no longer leads to a goal", history, StringComparison.Ordinal);
        Assert.Contains("Milestone \u201cBook both exams\u201d moved from 15 Jan 2099 to 1 Feb 2099", history, StringComparison.Ordinal);
        Assert.Contains("Removed milestone \u201cBook both exams\u201d", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hours_a_reflection_and_a_course_are_edited_and_removed_in_place()
    {
        var (planId, page) = await StartPlanAsync(await LaunchAsync("student"));
        var today = Today();
        page = await SavedAsync(page, $"/app/pathways/plans/{planId}/hours",
            [Field("hours-date", today), Field("hours-hours", "4"), Field("hours-kind", "Internship"), Field("hours-supervisor", "Mr Lee")]);
        var hours = EntryAction(page, "hours");
        var h = Section("hours", hours);
        Assert.Contains($"id=\"{h}-supervisor\" name=\"{h}-supervisor\" type=\"text\" value=\"Mr Lee\"", page, StringComparison.Ordinal);
        page = await SavedAsync(page, hours, [Field($"{h}-date", today), Field($"{h}-hours", "6"), Field($"{h}-kind", "Internship"), Field($"{h}-supervisor", "Mr Lee")]);
        Assert.Contains("6 h internship", page, StringComparison.Ordinal);

        page = await SavedAsync(page, $"/app/pathways/plans/{planId}/reflections",
            [Field("reflections-kind", "Reflection"), Field("reflections-text", "The internship taught me patience."), Field("reflections-requirementKeys", "community-engagement")]);
        var reflection = EntryAction(page, "reflections");
        var r = Section("reflections", reflection);
        page = await SavedAsync(page, reflection,
            [Field($"{r}-kind", "LearningJournal"), Field($"{r}-writtenOn", today), Field($"{r}-text", "The internship taught me patience and planning.")]);
        Assert.Contains("The internship taught me patience and planning.", page, StringComparison.Ordinal);

        page = await SavedAsync(page, $"/app/pathways/plans/{planId}/courses",
            [Field("courses-kind", "DpSubject"), Field("courses-subject", "Biology"), Field("courses-level", "Standard"), Field("courses-gradeYear", "11")]);
        var course = EntryAction(page, "courses");
        var c = Section("courses", course);
        page = await SavedAsync(page, course, [Field($"{c}-kind", "DpSubject"), Field($"{c}-subject", "Biology"), Field($"{c}-level", "Higher"), Field($"{c}-gradeYear", "12")]);
        Assert.Contains("Grade 12", page, StringComparison.Ordinal);

        page = await SavedAsync(page, hours + "/remove", []);
        page = await SavedAsync(page, reflection + "/remove", []);
        page = await SavedAsync(page, course + "/remove", []);
        Assert.DoesNotContain("data-testid=\"hour-logs\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("patience", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Biology", page, StringComparison.Ordinal);

        var history = await HistoryAsync(planId);
        Assert.Contains($"Hours on {Day(today)} changed from 4 to 6", history, StringComparison.Ordinal);
        Assert.Contains($"Removed 6 hours of internship on {Day(today)}", history, StringComparison.Ordinal);
        Assert.Contains($"Rewrote the learning-journal entry of {Day(today)}", history, StringComparison.Ordinal);
        Assert.Contains($"The entry of {Day(today)} is now a learning-journal entry", history, StringComparison.Ordinal);
        Assert.Contains($"The learning-journal entry of {Day(today)} now reflects on nothing in particular", history, StringComparison.Ordinal);
        Assert.Contains($"Removed learning-journal entry of {Day(today)}", history, StringComparison.Ordinal);
        Assert.Contains("Changed Biology SL to Biology HL", history, StringComparison.Ordinal);
        Assert.Contains("Moved Biology HL from grade 11 to grade 12", history, StringComparison.Ordinal);
        Assert.Contains("Removed Biology HL from grade 12", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_certification_a_project_piece_the_career_related_study_and_the_career_pathway_are_edited_and_removed_in_place()
    {
        var (planId, page) = await StartPlanAsync(await LaunchAsync("student"));
        page = await SavedAsync(page, $"/app/pathways/plans/{planId}/certifications",
            [Field("certifications-name", "CompTIA A+"), Field("certifications-issuer", "CompTIA"), Field("certifications-earnedOn", "2020-05-01")]);
        var certification = EntryAction(page, "certifications");
        var k = Section("certifications", certification);
        page = await SavedAsync(page, certification,
            [Field($"{k}-name", "CompTIA A+"), Field($"{k}-issuer", "CompTIA"), Field($"{k}-earnedOn", "2020-05-01"), Field($"{k}-expiresOn", "2099-05-01")]);
        Assert.Contains("CompTIA A+ from CompTIA, earned 1 May 2020, expires 1 May 2099", page, StringComparison.Ordinal);

        page = await SavedAsync(page, $"/app/pathways/plans/{planId}/project-artefacts",
            [Field("projectArtefacts-kind", "proposal"), Field("projectArtefacts-title", "Privacy in school networks")]);
        var piece = EntryAction(page, "project-artefacts");
        var p = Section("projectArtefacts", piece);
        page = await SavedAsync(page, piece, [Field($"{p}-kind", "proposal"), Field($"{p}-title", "Privacy on school networks"), Field($"{p}-completedOn", "2020-01-01")]);
        Assert.Contains("Privacy on school networks, finished 1 Jan 2020", page, StringComparison.Ordinal);

        page = await SavedAsync(page, $"/app/pathways/plans/{planId}/career-related-study", [Field("crs-title", "Network Technician Certificate"), Field("crs-provider", "City College")]);
        Assert.Contains("Edit your career-related study", page, StringComparison.Ordinal);
        page = await SavedAsync(page, $"/app/pathways/plans/{planId}/career-related-study", [Field("crs-title", "Network Technician Certificate"), Field("crs-provider", "Metro College")]);
        page = await SavedAsync(page, $"/app/pathways/plans/{planId}/career", [Field("career-pathway", "Digital Technology / Network Systems & Cybersecurity")]);
        Assert.Contains("Remove your career pathway", page, StringComparison.Ordinal);

        foreach (var remove in new[] { certification + "/remove", piece + "/remove", $"/app/pathways/plans/{planId}/career-related-study/remove", $"/app/pathways/plans/{planId}/career/remove" })
        {
            page = await SavedAsync(page, remove, []);
        }
        Assert.DoesNotContain("CompTIA A+ from", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy on school networks", page, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"crs\">\\s*Not chosen yet", page);
        Assert.Matches("data-testid=\"career\">\\s*Not chosen yet", page);

        var history = await HistoryAsync(planId);
        Assert.Contains("CompTIA A+ expiry changed from no date to 1 May 2099", history, StringComparison.Ordinal);
        Assert.Contains("Removed certification CompTIA A+", history, StringComparison.Ordinal);
        Assert.Contains("\u201cPrivacy in school networks\u201d renamed \u201cPrivacy on school networks\u201d", history, StringComparison.Ordinal);
        Assert.Contains("Removed \u201cPrivacy on school networks\u201d", history, StringComparison.Ordinal);
        Assert.Contains("Changed career-related study from Network Technician Certificate with City College to Network Technician Certificate with Metro College", history, StringComparison.Ordinal);
        Assert.Contains("Removed career-related study: Network Technician Certificate with Metro College", history, StringComparison.Ordinal);
        Assert.Contains("Removed career pathway: Network Systems & Cybersecurity in Digital Technology", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_counts_toward_other_requirements_after_an_edit_and_is_unlinked_in_place()
    {
        await LaunchAsync("teacher");
        var jordan = await LaunchAsync("student");
        var (planId, _) = await StartPlanAsync(jordan);
        var assessment = await ReleasedAssessmentAsync(await UserIdAsync("sandbox-student-1"), 16m);
        var (_, page) = await GetAsync($"/app/pathways/plans/{planId}", jordan);
        page = await SavedAsync(page, $"/app/pathways/plans/{planId}/evidence",
            [Field("evidence-source", $"RubricAssessment:{assessment}"), Field("evidence-requirementKeys", "employability-skills")]);
        var evidence = EntryAction(page, "evidence");
        var e = Section("evidence", evidence);

        var (refused, html) = await PostAsync(page, evidence, [Field("base_version", BaseVersion(page).ToString())]);
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Contains($"<p class=\"field-error\" id=\"{e}-requirementKeys-error\"><span class=\"visually-hidden\">Error: </span>Tag the evidence with at least one requirement", html, StringComparison.Ordinal);

        page = await SavedAsync(page, evidence, [Field($"{e}-requirementKeys", "employability-skills"), Field($"{e}-requirementKeys", "personal-and-professional-skills")]);
        Assert.Contains("counts toward Employability skills, Personal and Professional Skills", page, StringComparison.Ordinal);
        page = await SavedAsync(page, evidence + "/remove", []);
        Assert.Contains("No evidence linked yet.", page, StringComparison.Ordinal);

        var history = await HistoryAsync(planId);
        Assert.Contains("now counts for Employability skills and Personal and Professional Skills", history, StringComparison.Ordinal);
        Assert.Contains("Unlinked \u201cEmployability presentation", history, StringComparison.Ordinal);
    }

    /// <summary>Posts a form of the page with its base version and expects a new version; returns the plan page it leads to.</summary>
    private async Task<string> SavedAsync(string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var (status, html) = await PostAsync(page, action, [Field("base_version", BaseVersion(page).ToString()), .. fields]);
        Assert.True(status == HttpStatusCode.Redirect, $"{action} answered {status}: {Regex.Match(html, "<div class=\"error-summary\"[\\s\\S]*?</div>").Value}");
        return WebUtility.HtmlDecode(html);
    }

    private async Task<string> HistoryAsync(Guid planId) =>
        WebUtility.HtmlDecode((await GetAsync($"/app/pathways/plans/{planId}/history", await LaunchAsync("student"))).Html);

    private string Today() => DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");

    private static string Day(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd").ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
