using System.Net;
using LtiPathways.LtiTool.Tests.Modules;

namespace LtiPathways.LtiTool.Tests.Localization;

/// <summary>A self-paced module launched in Spanish: the module, a quiz with its feedback, and the words its script shows.</summary>
public sealed class SpanishModuleWalkTests : ModuleTest
{
    [Fact]
    public async Task A_module_and_its_quiz_feedback_are_in_spanish()
    {
        await StartPlanAsync(await LaunchAsync("student"), "cte-ilp");
        var jordan = await LaunchAsync("student", SpanishLaunch.Of);

        var (status, html) = await GetAsync(Safety, jordan);
        var module = WebUtility.HtmlDecode(html);
        var (_, quiz) = await PostAsync(html, Step("hazards", "read"), []);
        var (_, checkedQuiz) = await PostAsync(quiz, Step("hazards-quiz", "check"), [Field("question", "hazard-or-risk"), Answer("hazard-or-risk", "b")]);
        var step = WebUtility.HtmlDecode(checkedQuiz);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"es\">", module, StringComparison.Ordinal);
        Assert.Contains("Empezar: Hazards and how we control them", module, StringComparison.Ordinal);
        Assert.Contains("0 de 5 pasos hechos", module, StringComparison.Ordinal);
        Assert.Contains("Comprobar esta respuesta", step, StringComparison.Ordinal);
        Assert.Contains("No del todo: la respuesta correcta es «a hazard».", step, StringComparison.Ordinal);
        Assert.Contains("\"NotQuiteOne\":\"No del todo: la respuesta correcta es {0}.\"", step, StringComparison.Ordinal);
        Assert.DoesNotContain("Check this answer", step, StringComparison.Ordinal);
    }
}
