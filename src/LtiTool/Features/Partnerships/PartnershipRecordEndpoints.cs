using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.LtiTool.Storage;
using LtiPathways.PathwayGraphQL.Data.Partnerships;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Partnerships;

namespace LtiPathways.LtiTool.Features.Partnerships;

/// <summary>
/// One route per record kept on a provider's page. Each reads its form, checks it with the core's rules (a refusal comes
/// back beside the field, with what was typed kept and the form open), then saves and returns to the page.
/// </summary>
public static class PartnershipRecordEndpoints
{
    public static RouteGroupBuilder MapPartnershipRecords(this RouteGroupBuilder partnerships)
    {
        var provider = partnerships.MapGroup("/providers/{providerId:guid}");
        provider.MapPost("/courses", (Context c, ProviderCatalogue catalogue) => c.SaveAsync("course", form =>
        {
            var input = new CourseInput(form.Text("title"), form.Choice<CourseModality>("modality"), form.Number("hours"), form.Text("cost"),
                form.Text("credential"), form.Text("recognition"));
            return (input.Problems(), () => catalogue.AddCourseAsync(c.Session.Viewer, c.ProviderId, input, c.Cancellation));
        }, "course", "title"));
        provider.MapPost("/courses/{courseId:guid}/remove", async (Context c, Guid courseId, ProviderCatalogue catalogue) =>
            await c.DoneAsync(await catalogue.RemoveCourseAsync(c.Session.Viewer, c.ProviderId, courseId, c.Cancellation), "course"));
        provider.MapPost("/contacts", (Context c, ProviderCatalogue catalogue) => c.SaveAsync("contact", form =>
        {
            var input = new ContactInput(form.Text("name"), form.Text("role"), form.Optional("email"), form.Optional("phone"));
            return (input.Problems(), () => catalogue.AddContactAsync(c.Session.Viewer, c.ProviderId, input, c.Cancellation));
        }, "contact", "name"));
        provider.MapPost("/contacts/{contactId:guid}/remove", async (Context c, Guid contactId, ProviderCatalogue catalogue) =>
            await c.DoneAsync(await catalogue.RemoveContactAsync(c.Session.Viewer, c.ProviderId, contactId, c.Cancellation), "contact"));
        provider.MapPost("/evaluations", (Context c, ProviderEvaluations evaluations) => c.SaveAsync("evaluation", form =>
        {
            var levels = ProviderEvaluations.Template.Version.Criteria.ToDictionary(k => k.Id, k => form.Text(k.Id));
            var notes = form.Text("notes");
            return (ProviderEvaluations.Problems(levels, notes), async () => Done(await evaluations.EvaluateAsync(c.Session.Viewer, c.ProviderId, levels, notes, c.Cancellation)));
        }, "evaluation", "notes"));
        provider.MapPost("/agreements", (Context c, AgreementUpload upload) => upload.RecordAsync(c));
        provider.MapGet("/agreements/{agreementId:guid}/file", (Context c, Guid agreementId, AgreementUpload upload) => upload.DownloadAsync(c, agreementId));
        provider.MapPost("/pilot", (Context c, PartnershipLifecycle lifecycle) => c.SaveAsync("pilot", form =>
            ([], async () => Done(await lifecycle.SetPilotAsync(c.Session.Viewer, c.ProviderId, form.People("students"), c.Cancellation))), "pilot", "students"));
        provider.MapPost("/reviews", (Context c, PartnershipLifecycle lifecycle) => c.SaveAsync("review", form =>
        {
            var input = new ReviewInput(form.Whole("year"), form.Number("completion"), form.Number("attendance"), form.Number("satisfaction"),
                form.Whole("credentials"), form.Text("outcomes"));
            return (input.Problems(lifecycle.Today), async () => Done(await lifecycle.RecordReviewAsync(c.Session.Viewer, c.ProviderId, input, c.Cancellation)));
        }, "review", "year"));
        provider.MapPost("/meetings", (Context c, PartnershipLifecycle lifecycle) => c.SaveAsync("meeting", form =>
        {
            var input = new MeetingInput(form.Date("held"), form.Text("attendees"), form.Text("notes"));
            return (input.Problems(lifecycle.Today), async () => Done(await lifecycle.LogMeetingAsync(c.Session.Viewer, c.ProviderId, input, c.Cancellation)));
        }, "meeting", "notes"));
        return partnerships;
    }

    /// <summary>Only whether it worked matters to the page, which reads the record again.</summary>
    private static Outcome<Guid> Done<T>(Outcome<T> outcome) => outcome.Succeeded ? Guid.Empty : outcome.Refusal;

    /// <summary>What every record route binds: who asks, for which provider, and the page to answer with.</summary>
    public sealed record Context(ToolSession Session, Guid ProviderId, HttpRequest Request, ProviderPages Pages, PartnershipRecords Records, CancellationToken Cancellation)
    {
        public static async ValueTask<Context?> BindAsync(HttpContext context) =>
            await ToolSession.BindAsync(context) is { } session && Guid.TryParse(context.Request.RouteValues["providerId"]?.ToString(), out var providerId)
                ? new Context(session, providerId, context.Request, context.RequestServices.GetRequiredService<ProviderPages>(),
                    context.RequestServices.GetRequiredService<PartnershipRecords>(), context.RequestAborted)
                : null;

        /// <summary>
        /// Finds the provider first (404 for another institution's id), then checks the form; a refusal of the save itself
        /// goes beside <paramref name="mainField"/>.
        /// </summary>
        public async Task<IResult> SaveAsync(
            string formName, Func<PartnershipForm, (IReadOnlyList<InputProblem> Problems, Func<Task<Outcome<Guid>>> Save)> read, string saved, string mainField)
        {
            var detail = await Records.DetailAsync(Session.Viewer, ProviderId, Cancellation);
            if (!detail.Succeeded)
            {
                return detail.Refusal.AsPage();
            }
            var form = new PartnershipForm(await Request.ReadFormAsync(Cancellation), formName);
            var (problems, save) = read(form);
            if (problems.Count > 0)
            {
                return await Pages.RefusedAsync(Session, ProviderId, form, formName, form.Errors(problems), StatusCodes.Status400BadRequest, Cancellation);
            }
            var outcome = await save();
            return outcome.Succeeded
                ? await Pages.RedirectAsync(Session, ProviderId, saved, Cancellation)
                : await Pages.RefusedAsync(Session, ProviderId, form, formName, [new FormError(form.Id(mainField), outcome.Refusal.Sentence)], outcome.Refusal.StatusCode(), Cancellation);
        }

        public async Task<IResult> DoneAsync(Outcome<Guid> outcome, string saved) =>
            outcome.Succeeded ? await Pages.RedirectAsync(Session, ProviderId, saved, Cancellation) : outcome.Refusal.AsPage();
    }
}
