using System.Net;
using System.Text.RegularExpressions;
using LtiPathways.LtiTool.Tests.Reels;

namespace LtiPathways.LtiTool.Tests.Localization;

/// <summary>A launch whose LMS speaks Spanish: the planner, the coordinator's dashboard and the reel answer in Spanish, and so does the reel's signed link in a Spanish browser.</summary>
public sealed partial class SpanishPlannerWalkTests : ReelTest
{
    [Fact]
    public async Task The_students_plan_is_in_spanish_with_its_days_in_spanish()
    {
        var (planId, _) = await StartPlanAsync(await LaunchAsync("student"));
        var student = await LaunchAsync("student", SpanishLaunch.Of);

        var (status, html) = await GetAsync($"/app/pathways/plans/{planId}", student);
        var page = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"es\">", page, StringComparison.Ordinal);
        Assert.Contains("Plan de trayectoria · tu plan", page, StringComparison.Ordinal);
        Assert.Contains("Lo que sigue", page, StringComparison.Ordinal);
        Assert.Contains("Metas y etapas", page, StringComparison.Ordinal);
        Assert.Contains("Registrar horas", page, StringComparison.Ordinal);
        Assert.Contains("Imprimir o guardar como PDF", page, StringComparison.Ordinal);
        Assert.Contains("participación comunitaria", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Goals and milestones", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Print or save as PDF", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinators_dashboard_and_impact_pages_are_in_spanish()
    {
        var coordinator = await LaunchAsync("coordinator", SpanishLaunch.Of);

        var (status, html) = await GetAsync("/app/dashboards", coordinator);
        var (_, impact) = await GetAsync("/app/dashboards/impact", coordinator);
        var dashboard = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"es\">", dashboard, StringComparison.Ordinal);
        Assert.Contains("Todos los estudiantes del POP y de CTE", dashboard, StringComparison.Ordinal);
        Assert.Contains("Dónde están los planes", dashboard, StringComparison.Ordinal);
        Assert.Contains("Filtrar estudiantes", dashboard, StringComparison.Ordinal);
        Assert.Contains("Estado de las alianzas", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Filter students", dashboard, StringComparison.Ordinal);
        Assert.Contains("Impacto a lo largo del tiempo", WebUtility.HtmlDecode(impact), StringComparison.Ordinal);
        Assert.Contains("Certificaciones obtenidas, por año", WebUtility.HtmlDecode(impact), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reel_and_its_signed_link_are_in_spanish_and_its_script_gets_spanish_words()
    {
        var (_, planId, _) = await JordanWithAReflectionAsync();
        var student = await LaunchAsync("student", SpanishLaunch.Of);
        var (_, arrange) = await ReelPageAsync(student, planId);
        var (_, added) = await AddSlideAsync(student, planId, ReflectionChoice().Match(arrange).Groups[1].Value, "Lo que aprendí.");
        var link = await ShareAsync(student, planId);

        ParentBrowser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-MX,es;q=0.9");
        var (opened, html, _) = await OpenLinkAsync(link);
        var shared = WebUtility.HtmlDecode(html);

        Assert.Contains("Tu video de la conferencia", WebUtility.HtmlDecode(arrange), StringComparison.Ordinal);
        Assert.Contains("Añadida como diapositiva 1 de 1.", WebUtility.HtmlDecode(added), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, opened);
        Assert.Contains("<html lang=\"es\">", shared, StringComparison.Ordinal);
        Assert.Contains("Video de la conferencia de Jordan Lee", shared, StringComparison.Ordinal);
        Assert.Contains("Compartido por Jordan Lee mediante un enlace que funciona hasta el", shared, StringComparison.Ordinal);
        Assert.Contains("Presentar en pantalla completa", shared, StringComparison.Ordinal);
        Assert.Contains("\"SlideOf\":\"Diapositiva {0} de {1}\"", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("conference reel", shared, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_signed_link_answers_in_the_browsers_language()
    {
        ParentBrowser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var (status, html, _) = await OpenLinkAsync("/reel-link/not-a-token");
        var page = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("<html lang=\"es\">", page, StringComparison.Ordinal);
        Assert.Contains("Este enlace no abre nada.", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("value=\"(Reflection:[0-9a-f-]{36})\"")]
    private static partial Regex ReflectionChoice();
}
