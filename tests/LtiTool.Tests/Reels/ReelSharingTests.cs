using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Tests.Reels;

public sealed partial class ReelSharingTests : ReelTest
{
    [Fact]
    public async Task A_student_builds_a_reel_shares_it_a_parent_opens_it_at_the_top_level_and_a_revoked_link_opens_nothing()
    {
        var (student, planId, jordan) = await JordanWithAReflectionAsync();
        var result = await ReleasedAssessmentAsync(jordan, 16m);
        var (_, page) = await ReelPageAsync(student, planId);
        var reflectionChoice = Regex.Match(page, "value=\"(Reflection:[0-9a-f-]{36})\"").Groups[1].Value;
        Assert.Contains($"value=\"RubricAssessment:{result}\"", page, StringComparison.Ordinal);

        var (added, first) = await AddSlideAsync(student, planId, $"RubricAssessment:{result}", "My best presentation so far.");
        Assert.Equal(HttpStatusCode.Redirect, added);
        Assert.Contains("Added as slide 1 of 1.", first, StringComparison.Ordinal);
        var (_, second) = await AddSlideAsync(student, planId, reflectionChoice, "Where I learnt to plan.");
        Assert.Equal(["My best presentation so far.", "Where I learnt to plan."], CaptionsInOrder(second));
        var (moved, reordered) = await PostAsync(second, $"{SlideAction(second, 2)}/earlier", []);
        Assert.Equal(HttpStatusCode.Redirect, moved);
        Assert.Contains("Moved: now slide 1 of 2.", reordered, StringComparison.Ordinal);
        Assert.Equal(["Where I learnt to plan.", "My best presentation so far."], CaptionsInOrder(reordered));
        var (captioned, recaptioned) = await PostAsync(reordered, $"{SlideAction(reordered, 2)}/caption", [Field("slide-caption", "Employability: what I can show.")]);
        Assert.Equal(HttpStatusCode.Redirect, captioned);
        Assert.Equal(["Where I learnt to plan.", "Employability: what I can show."], CaptionsInOrder(recaptioned));

        var link = await ShareAsync(student, planId);
        var (opened, reel, response) = await OpenLinkAsync(link);
        Assert.Equal(HttpStatusCode.OK, opened);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("Jordan Lee&#x27;s conference reel", reel, StringComparison.Ordinal);
        Assert.Contains("80 %", reel, StringComparison.Ordinal);
        Assert.Contains("Running the food drive taught me to plan backwards.", reel, StringComparison.Ordinal);
        Assert.True(reel.IndexOf("Where I learnt to plan.", StringComparison.Ordinal) < reel.IndexOf("Employability: what I can show.", StringComparison.Ordinal));
        Assert.DoesNotContain("lti-session", reel, StringComparison.Ordinal);
        Assert.DoesNotContain("/app/", reel, StringComparison.Ordinal);

        var advisor = await LaunchAsync("teacher");
        var (watched, advisorPage) = await ReelPageAsync(advisor, planId);
        Assert.Equal(HttpStatusCode.OK, watched);
        Assert.Contains("Jordan Lee&#x27;s conference reel", advisorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/slides", advisorPage, StringComparison.Ordinal);
        var (mentorStatus, _) = await ReelPageAsync(await LaunchAsync("mentor"), planId);
        Assert.Equal(HttpStatusCode.Forbidden, mentorStatus);

        var (_, withUses) = await ReelPageAsync(student, planId);
        Assert.Contains("Opened the reel (2 slides).", withUses, StringComparison.Ordinal);
        var linkId = RevokeTarget().Match(withUses).Groups[1].Value;
        var (revoked, afterRevoke) = await PostAsync(withUses, $"/app/reels/plans/{planId}/links/{linkId}/revoke", []);
        Assert.Equal(HttpStatusCode.Redirect, revoked);
        Assert.Contains("The link is revoked", afterRevoke, StringComparison.Ordinal);
        var (refused, refusal, _) = await OpenLinkAsync(link);
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Contains(Closed, refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("Jordan", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("80 %", refusal, StringComparison.Ordinal);
        var (_, audit) = await ReelPageAsync(student, planId);
        Assert.Contains("Refused: the link was revoked.", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_an_unknown_and_a_malformed_link_get_the_same_403_and_a_link_works_1_to_30_days_only()
    {
        var (student, planId, _) = await JordanWithAReflectionAsync();
        var (_, page) = await ReelPageAsync(student, planId);
        var (early, refusedEarly) = await PostAsync(page, $"/app/reels/plans/{planId}/links", [Field("link-days", "14")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early);
        Assert.Contains("Add a slide to your reel before you share it.", refusedEarly, StringComparison.Ordinal);
        await AddSlideAsync(student, planId, Regex.Match(page, "value=\"(Reflection:[0-9a-f-]{36})\"").Groups[1].Value, "");
        (_, page) = await ReelPageAsync(student, planId);
        foreach (var days in (string[])["0", "31", "two"])
        {
            var (status, refused) = await PostAsync(page, $"/app/reels/plans/{planId}/links", [Field("link-days", days)]);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains("1 to 30", refused, StringComparison.Ordinal);
        }
        Assert.False(await QueryAsync(db => db.ReelLinks.AnyAsync()));

        var link = await ShareAsync(student, planId, days: "1");
        Assert.Equal(HttpStatusCode.OK, (await OpenLinkAsync(link)).Status);
        Factory.Clock.Advance(TimeSpan.FromDays(2));
        var (expired, expiredPage, _) = await OpenLinkAsync(link);
        var (unknown, unknownPage, _) = await OpenLinkAsync("/reel-link/" + new string('A', 43));
        var (garbage, garbagePage, _) = await OpenLinkAsync("/reel-link/not-a-token");
        foreach (var (status, html) in new[] { (expired, expiredPage), (unknown, unknownPage), (garbage, garbagePage) })
        {
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Contains(Closed, html, StringComparison.Ordinal);
            Assert.DoesNotContain("Jordan", html, StringComparison.Ordinal);
            Assert.DoesNotContain("food drive", html, StringComparison.Ordinal);
        }
        Assert.Contains("Refused: the link had expired.", await QueryAsync(db => db.ReelLinkUses.Select(u => u.What).ToListAsync()));
        var stored = await QueryAsync(db => db.ReelLinks.Select(l => l.TokenHash).SingleAsync());
        Assert.NotEqual(link.Split('/')[^1], stored);
        Assert.Equal(64, stored.Length);
    }

    [GeneratedRegex("/links/([0-9a-f-]{36})/revoke")]
    private static partial Regex RevokeTarget();
}
