using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Pathways.Careers;

/// <summary>Taking the interest inventory in more than one sitting, and asking for results before it is finished.</summary>
public sealed partial class InterestInventoryPageTests : CareerTest
{
    [Fact]
    public async Task Answers_saved_in_one_sitting_are_checked_when_the_student_comes_back_and_the_rest_finish_it()
    {
        var jordan = await SessionAsync();
        var (first, page) = await GetAsync($"{Root}/interests", jordan);
        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(48, Legend().Matches(page).Count);

        var (saved, savedPage) = await PostAsync($"{Root}/interests", jordan, Answers(take: 20));
        Assert.Equal(HttpStatusCode.OK, saved);
        Assert.Contains("Saved: 20 of 48 answered", savedPage, StringComparison.Ordinal);

        var (_, again) = await GetAsync($"{Root}/interests", await SessionAsync());
        Assert.Equal(20, Checked().Matches(again).Count);

        var (finished, results) = await PostAsync($"{Root}/interests/finish", jordan, Answers().Skip(20));
        Assert.Equal(HttpStatusCode.OK, finished);
        Assert.Contains("data-testid=\"interest-code\">ISA<", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_results_with_answers_missing_lists_each_missing_item_with_a_link_and_keeps_what_was_answered()
    {
        var jordan = await SessionAsync();

        var (status, page) = await PostAsync($"{Root}/interests/finish", jordan, Answers(take: 45));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("3 of 48 activities still need an answer", page, StringComparison.Ordinal);
        var links = SummaryLink().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["S8", "E8", "C8"], links);
        Assert.Contains("id=\"E8-error\"", page, StringComparison.Ordinal);
        Assert.Equal(45, Checked().Matches(page).Count);
        var stored = await QueryAsync(db => db.CareerExplorations.SingleAsync());
        Assert.Null(stored.InterestCode);
        Assert.Contains("\"I8\":5", stored.InterestAnswersJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_outside_the_scale_is_refused_with_a_sentence_and_the_others_stay_on_the_page()
    {
        var jordan = await SessionAsync();
        await PostAsync($"{Root}/interests", jordan, Answers(take: 5));

        var (status, page) = await PostAsync($"{Root}/interests", jordan, [new("R2", "4"), new("I2", "9")]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Answers run from 1 (dislike a lot) to 5 (like a lot); activity I2 has 9.", page, StringComparison.Ordinal);
        Assert.Equal(6, Checked().Matches(page).Count);
        var stored = await QueryAsync(db => db.CareerExplorations.Select(e => e.InterestAnswersJson).SingleAsync());
        Assert.Equal(5, stored.Count(c => c == ':'));
    }

    [GeneratedRegex("<legend>")]
    private static partial Regex Legend();

    [GeneratedRegex("type=\"radio\"[^>]*checked")]
    private static partial Regex Checked();

    [GeneratedRegex("<li><a href=\"#([A-Z][0-9])\">")]
    private static partial Regex SummaryLink();
}
