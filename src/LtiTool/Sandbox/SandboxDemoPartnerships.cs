using System.Text;
using LtiPathways.LtiTool.Storage;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data.Partnerships;
using LtiPathways.PathwayGraphQL.Partnerships;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// Demo partnerships recorded through the core services as the sandbox coordinator would: a college partnership in its
/// second year (agreement expiring in 30 days, two annual reviews, a pilot cohort), an industry body under evaluation
/// and an online platform just found. Dates count back from today.
/// </summary>
public sealed class SandboxDemoPartnerships(
    ProviderCatalogue catalogue, ProviderEvaluations evaluations, PartnershipLifecycle lifecycle, IBlobStore store, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task FillAsync(Viewer coordinator, Guid liaison, IReadOnlyList<Guid> pilot, CancellationToken cancellationToken)
    {
        var college = Added(await catalogue.AddAsync(coordinator, new ProviderInput("City College", ProviderKind.UniversityOrCollege, ProviderStatus.Active,
            "https://college.example.org", "Twelve students asked for health science and eight for networking; both lead to dual credit.", liaison), cancellationToken));
        await catalogue.AddCourseAsync(coordinator, college, new CourseInput("Health Science Certificate", CourseModality.Blended, 120m, "USD 450 per student",
            "Level 3 Certificate in Health Science", "State college system (dual credit)"), cancellationToken);
        await catalogue.AddCourseAsync(coordinator, college, new CourseInput("Network Technician Certificate", CourseModality.InPerson, 90m, "USD 380 per student",
            "Network Technician Certificate", "Regional employers' IT council"), cancellationToken);
        await catalogue.AddContactAsync(coordinator, college, new ContactInput("Dana Whitfield", "Partnerships manager", "dana.whitfield@college.example.org", "+1 555 0100"), cancellationToken);
        await evaluations.EvaluateAsync(coordinator, college, Levels(4, 3, 3, 4, 3), "Visited two classes and read the assessment handbook.", cancellationToken);
        var signed = await store.PutAsync(new MemoryStream(Encoding.ASCII.GetBytes(DemoPdf)), cancellationToken);
        await lifecycle.RecordAgreementAsync(coordinator, college, new AgreementInput(
            "The college teaches and assesses; the school releases students on Tuesday afternoons and supervises travel.",
            "Names, dates of birth and attendance only, kept by the college until credits are awarded.",
            "Termly moderation meeting; the college shares marked samples with the CP coordinator.",
            Today.AddDays(-335), Today.AddDays(30)), new AgreementFile(signed.Key, "city-college-agreement.pdf", "application/pdf", signed.Size), cancellationToken);
        await lifecycle.SetPilotAsync(coordinator, college, pilot, cancellationToken);
        await lifecycle.RecordReviewAsync(coordinator, college, new ReviewInput(Today.Year - 3, 71m, 84m, 3.6m, 6, "Five went on to college courses."), cancellationToken);
        await lifecycle.RecordReviewAsync(coordinator, college, new ReviewInput(Today.Year - 2, 78m, 88m, 3.9m, 9, "Seven went on to college courses."), cancellationToken);
        await lifecycle.RecordReviewAsync(coordinator, college, new ReviewInput(Today.Year - 1, 86m, 91m, 4.3m, 14, "Ten went on to college, two to apprenticeships."), cancellationToken);
        await lifecycle.LogMeetingAsync(coordinator, college, new MeetingInput(Today.AddDays(-60), "Dana Whitfield, Priya Shah", "Planned the renewal; the college wants to add a summer intake."), cancellationToken);
        await lifecycle.LogMeetingAsync(coordinator, college, new MeetingInput(Today.AddDays(-10), "Dana Whitfield, Priya Shah, Alex Rivera", "Agreed the new data-sharing wording for the renewal."), cancellationToken);

        var council = Added(await catalogue.AddAsync(coordinator, new ProviderInput("Northern Cyber Skills Council", ProviderKind.LocalIndustryBody, ProviderStatus.UnderEvaluation,
            null, "Students in the networking pathway want a recognised security credential and work placements.", liaison), cancellationToken));
        await catalogue.AddCourseAsync(coordinator, council, new CourseInput("Cyber Security Foundations", CourseModality.Online, 40m, "free",
            "Cyber Security Foundations badge", "Recognised by the council's member employers"), cancellationToken);
        await evaluations.EvaluateAsync(coordinator, council, Levels(2, 3, 2, 3, 2), "Assessment criteria were shared; no moderation yet.", cancellationToken);
        await lifecycle.RecordReviewAsync(coordinator, council, new ReviewInput(Today.Year - 1, 64m, 80m, 3.8m, 4, "A first pilot of four; all four placed in summer work."), cancellationToken);

        await catalogue.AddAsync(coordinator, new ProviderInput("Open Skills Online", ProviderKind.OnlinePlatform, ProviderStatus.Prospective,
            "https://skills.example.net", "", null), cancellationToken);
    }

    private static Guid Added(PathwayGraphQL.Outcomes.Outcome<Guid> added) =>
        added.Succeeded ? added.Value : throw new InvalidOperationException($"The demo provider does not save: {added.Refusal.Sentence}");

    /// <summary>The level worth each number of points, criterion by criterion in the rubric's order.</summary>
    private static Dictionary<string, string> Levels(params int[] points) =>
        ProviderEvaluations.Template.Version.Criteria.Select((c, i) => (c.Id, Level: $"{c.Id}-{points[i]}")).ToDictionary(c => c.Id, c => c.Level);

    private const string DemoPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + "trailer << /Root 1 0 R >>\n%%EOF\n";
}
