using System.Net;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Tests.Assessments;
using LtiPathways.LtiTool.Tests.Infrastructure;
using LtiPathways.LtiTool.Tests.Submissions;

namespace LtiPathways.LtiTool.Tests.Localization;

/// <summary>A launch whose LMS speaks Spanish: the student's page, the teacher's rubric view and the refusal pages answer in Spanish.</summary>
public sealed class SpanishWalkTests : IAsyncLifetime, IDisposable
{
    private readonly SubmissionHarness submissions = new();

    public async Task InitializeAsync() => await submissions.PlaceAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => submissions.Dispose();

    /// <summary>As Moodle sends it ("es_mx"); Canvas sends "es".</summary>
    private static void Spanish(JsonObject claims) =>
        claims["https://purl.imsglobal.org/spec/lti/claim/launch_presentation"]!["locale"] = "es_mx";

    [Fact]
    public async Task The_student_submission_page_is_in_spanish_with_dates_in_the_persons_time_zone()
    {
        var token = await submissions.SessionAsync("student", claims =>
        {
            Spanish(claims);
            claims["https://purl.imsglobal.org/spec/lti/claim/custom"]!["timezone"] = "America/Chicago";
        });

        var html = await ReadAsync($"/app/assignments/{submissions.AssignmentId}/submission?session={Uri.EscapeDataString(token)}");

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Saltar al contenido", html, StringComparison.Ordinal);
        Assert.Contains("Tu entrega", html, StringComparison.Ordinal);
        Assert.Contains("Entregar tu trabajo", html, StringComparison.Ordinal);
        Assert.Contains("Hasta 3 intentos", html, StringComparison.Ordinal);
        // Due 2030-05-01 17:00 UTC is noon in Chicago (daylight time); UTC stays on hover.
        Assert.Contains("datetime=\"2030-05-01T17:00:00Z\" title=\"2030-05-01 17:00 UTC\">1 de mayo de 2030, 12:00 America/Chicago</time>", html, StringComparison.Ordinal);
        Assert.Contains("\"Words\":\"{0} palabras\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Submit your work", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_locale_the_page_stays_in_english_and_utc()
    {
        var token = await submissions.SessionAsync("student", claims =>
            claims["https://purl.imsglobal.org/spec/lti/claim/launch_presentation"]!.AsObject().Remove("locale"));

        var html = await ReadAsync($"/app/assignments/{submissions.AssignmentId}/submission?session={Uri.EscapeDataString(token)}");

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Submit your work", html, StringComparison.Ordinal);
        Assert.Contains(">2030-05-01 17:00 UTC</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_page_answers_in_the_launchs_language()
    {
        var token = await submissions.SessionAsync("student", Spanish);

        using var response = await submissions.Driver.Client.GetAsync($"http://localhost/admin/registrations?session={Uri.EscapeDataString(token)}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Esta página es para administradores de la plataforma · LtiPathways</title>", html, StringComparison.Ordinal);
        Assert.Contains("Solo un administrador del sistema o de la institución", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_launch_answers_in_the_browsers_language_with_the_same_sentence_for_every_failure_of_its_kind()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://localhost/lti/launch")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["id_token"] = "not-a-token", ["state"] = "unknown" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("es-MX,es;q=0.9,en;q=0.5");

        using var response = await submissions.Driver.Client.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.False(response.IsSuccessStatusCode);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("No se pudo abrir LtiPathways", html, StringComparison.Ordinal);
        Assert.Contains("Vuelve a tu curso y abre el enlace otra vez.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_teachers_rubric_view_is_in_spanish()
    {
        using var factory = new ToolFactory();
        using var assessments = await AssessmentHarness.StartAsync(factory);
        var token = await assessments.Scenario.LaunchAsync("teacher", Spanish);
        var student = await assessments.Scenario.UserIdAsync(assessments.Scenario.StudentSubject);

        var html = WebUtility.HtmlDecode(await assessments.OpenAsync(token, $"&student={student}"));

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Vista docente", html, StringComparison.Ordinal);
        Assert.Contains("Trabajo entregado", html, StringComparison.Ordinal);
        Assert.Contains("Comentario general", html, StringComparison.Ordinal);
        Assert.Contains("Buscar un estudiante", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Overall comment", html, StringComparison.Ordinal);
    }

    private async Task<string> ReadAsync(string path)
    {
        using var response = await submissions.Driver.Client.GetAsync("http://localhost" + path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The renderer writes letters such as á as character references.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
