using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Pathways.Editing;

/// <summary>
/// Each kind of plan entry read from its form's fields, the same for adding one and editing one in place. Only what
/// cannot be read is refused here; whether it may be stored is the core validator's to say.
/// </summary>
public static class PlanEntries
{
    public static HourLog Hours(PlanFormFields f, Guid id) =>
        new(id, f.Date("date", "day"), f.Number("hours", "hours"), f.Choice<HourKind>("kind", "kind of hours"), f.Optional("activity"), f.Optional("supervisor"));

    public static Goal Goal(PlanFormFields f, Guid id, DateOnly setOn, GoalStatus status) =>
        new(id, f.Text("text"), f.Text("measure"), setOn, f.Date("targetDate", "target date"), status);

    public static Milestone Milestone(PlanFormFields f, Guid id) =>
        new(id, f.Text("title"), f.Date("due", "due date"), f.OptionalDate("completedOn", "day it was done"), Guid.TryParse(f.Text("goalId"), out var goal) ? goal : null);

    public static Reflection Reflection(PlanFormFields f, Guid id, DateOnly writtenOn, Guid? recordingFileId) =>
        new(id, f.Choice<ReflectionKind>("kind", "kind of entry"), f.OptionalDate("writtenOn", "day") ?? writtenOn, f.Optional("text"), recordingFileId,
            f.All("requirementKeys").ToValueList());

    public static CourseChoice Course(PlanFormFields f, Guid id) =>
        new(id, f.Choice<CourseKind>("kind", "kind of course"), f.Text("subject"), f.Choice<CourseLevel>("level", "level"), f.Whole("gradeYear", "grade"));

    public static Certification Certification(PlanFormFields f, Guid id) =>
        new(id, f.Text("name"), f.Text("issuer"), f.Date("earnedOn", "day it was earned"), f.OptionalDate("expiresOn", "expiry date"));

    public static ProjectArtefact ProjectArtefact(PlanFormFields f, Guid id, Guid? submissionId) =>
        new(id, f.Text("kind"), f.Text("title"), f.OptionalDate("completedOn", "day it was finished"), submissionId);

    public static CareerRelatedStudy CareerRelatedStudy(PlanFormFields f, Guid id) => new(id, f.Text("title"), f.Text("provider"));
}
