using LtiPathways.LtiTool.Features.Pathways.Editing;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using LtiPathways.PathwayGraphQL.Mentoring;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.LtiTool.Features.Mentors;

/// <summary>The mentoring forms read into what they ask; what cannot be read comes back as the form's errors.</summary>
public static class MentorForms
{
    public static (HourEntry Entry, IReadOnlyList<FormError> Errors) Hours(IFormCollection form)
    {
        var f = new PlanFormFields(form, "hours");
        var entry = new HourEntry(f.Date("date", "day"), f.Number("hours", "hours"), f.Choice<HourKind>("kind", "kind of hours"), f.Optional("activity"));
        return (entry, f.Errors);
    }

    public static (MentorNoteKind Kind, DateOnly On, string Text, IReadOnlyList<FormError> Errors) Note(IFormCollection form)
    {
        var f = new PlanFormFields(form, "notes");
        return (f.Choice<MentorNoteKind>("kind", "kind of note"), f.Date("on", "day"), f.Required("text", "Write what the note says."), f.Errors);
    }

    public static (OutsideMentorEntry Entry, IReadOnlyList<FormError> Errors) Outside(IFormCollection form, int defaultDays)
    {
        var f = new PlanFormFields(form, "outside");
        var days = f.Optional("days") is null ? defaultDays : f.Whole("days", "number of days the link works");
        return (new OutsideMentorEntry(f.Required("name", "Enter the mentor's name."), f.Required("email", "Enter the mentor's e-mail address."), f.Text("organisation"), days), f.Errors);
    }
}
