using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.Rubrics;

using LtiPathways.LtiTool.Features.Pathways;
using LtiPathways.LtiTool.Features.Pathways.Start;
using LtiPathways.LtiTool.Features.Pathways.Plan;
using LtiPathways.LtiTool.Features.Pathways.Review;
using LtiPathways.LtiTool.Features.Pathways.Caseloads;
using LtiPathways.LtiTool.Features.Pathways.Mentees;
namespace LtiPathways.LtiTool.Features.Pathways.Editing;

/// <summary>Each section's form read into the change it asks of the plan, one method per form.</summary>
public static class PlanForms
{
    public static PlanEdit Hours(IFormCollection form)
    {
        var f = new PlanFormFields(form, "hours");
        var log = new HourLog(Guid.NewGuid(), f.Date("date", "day"), f.Number("hours", "hours"), f.Choice<HourKind>("kind", "kind of hours"),
            f.Optional("activity"), f.Optional("supervisor"));
        return PlanEdit.From(f, plan => plan with { Hours = [.. plan.Hours, log] }, "hours", log.Id);
    }

    public static PlanEdit RemoveHours(Guid hourId) =>
        new("hours-remove", new Dictionary<string, string>(), [], plan => plan with { Hours = plan.Hours.Where(h => h.Id != hourId).ToValueList() });

    /// <param name="handedIn">The student's own handed-in submissions at the institution, the only ones a piece may link.</param>
    /// <param name="pieces">The template's pieces, which say whether a piece is handed-in work (the final submission).</param>
    public static PlanEdit ProjectArtefact(IFormCollection form, IReadOnlyList<EvidenceChoice> handedIn, IReadOnlyList<ArtefactDefinition> pieces)
    {
        var f = new PlanFormFields(form, "projectArtefacts");
        var kind = f.Required("kind", "Choose which piece of the project this is.");
        var chosen = f.Optional("submission");
        var work = chosen is null ? null : handedIn.FirstOrDefault(c => c.Source == EvidenceSource.Submission && c.SourceId.ToString() == chosen);
        var problem = (chosen, work, pieces.FirstOrDefault(p => p.Key == kind)) switch
        {
            ({ }, null, _) => "Choose work you handed in from the list; only your own work at this school can be linked.",
            (null, _, { HandedIn: true } piece) => $"The {piece.Name} is work you hand in: choose it from the list of your handed-in work.",
            _ => null,
        };
        if (problem is not null)
        {
            return new PlanEdit(f.Section, f.Input, [.. f.Errors, new(PlanFormFields.Id("projectArtefacts", "submission"), problem)], plan => plan);
        }
        var title = f.Optional("title") ?? work?.Title ?? "";
        var artefact = new ProjectArtefact(Guid.NewGuid(), kind, title, f.OptionalDate("completedOn", "day it was finished"), work?.SourceId);
        return PlanEdit.From(f, plan => plan with { ProjectArtefacts = [.. plan.ProjectArtefacts, artefact] }, "projectArtefacts", artefact.Id);
    }

    public static PlanEdit Goal(IFormCollection form, DateOnly today)
    {
        var f = new PlanFormFields(form, "goals");
        var goal = new Goal(Guid.NewGuid(), f.Text("text"), f.Text("measure"), today, f.Date("targetDate", "target date"), PathwayGraphQL.Pathways.Plans.GoalStatus.NotStarted);
        return PlanEdit.From(f, plan => plan with { Goals = [.. plan.Goals, goal] }, "goals", goal.Id);
    }

    public static PlanEdit GoalProgress(IFormCollection form, Guid goalId)
    {
        var f = new PlanFormFields(form, "goal-status");
        var status = f.Choice<PathwayGraphQL.Pathways.Plans.GoalStatus>("status", "goal's status");
        return PlanEdit.From(f, plan => plan with { Goals = Replace(plan.Goals, g => g.Id == goalId, g => g with { Status = status }) }, "goals", goalId);
    }

    public static PlanEdit Milestone(IFormCollection form)
    {
        var f = new PlanFormFields(form, "milestones");
        var goal = Guid.TryParse(f.Text("goalId"), out var id) ? id : (Guid?)null;
        var milestone = new Milestone(Guid.NewGuid(), f.Text("title"), f.Date("due", "due date"), f.OptionalDate("completedOn", "day it was done"), goal);
        return PlanEdit.From(f, plan => plan with { Milestones = [.. plan.Milestones, milestone] }, "milestones", milestone.Id);
    }

    public static PlanEdit Reflection(IFormCollection form, DateOnly today)
    {
        var f = new PlanFormFields(form, "reflections");
        var reflection = new Reflection(Guid.NewGuid(), f.Choice<ReflectionKind>("kind", "kind of entry"), f.OptionalDate("writtenOn", "day") ?? today,
            f.Optional("text"), f.OptionalId("recording", "Record or upload the recording again; this one was not saved."), f.All("requirementKeys").ToValueList());
        return PlanEdit.From(f, plan => plan with { Reflections = [.. plan.Reflections, reflection] }, "reflections", reflection.Id);
    }

    public static PlanEdit Course(IFormCollection form)
    {
        var f = new PlanFormFields(form, "courses");
        var course = new CourseChoice(Guid.NewGuid(), f.Choice<CourseKind>("kind", "kind of course"), f.Text("subject"),
            f.Choice<CourseLevel>("level", "level"), f.Whole("gradeYear", "grade"));
        return PlanEdit.From(f, plan => plan with { Courses = [.. plan.Courses, course] }, "courses", course.Id);
    }

    public static PlanEdit CareerRelatedStudy(IFormCollection form)
    {
        var f = new PlanFormFields(form, "crs");
        var title = f.Required("title", "Name the career-related study.");
        var provider = f.Required("provider", "Name who provides the career-related study.");
        return PlanEdit.From(f, plan => plan with
        {
            CareerRelatedStudy = new(plan.CareerRelatedStudy?.Id ?? Guid.NewGuid(), title, provider),
        });
    }

    public static PlanEdit Career(IFormCollection form)
    {
        var f = new PlanFormFields(form, "career");
        var chosen = f.Required("pathway", "Choose a career pathway from the list.").Split(" / ", 2);
        var choice = chosen.Length == 2 && CareerChoices.Catalogue.FindPathway(chosen[0], chosen[1]) is not null
            ? new CareerChoice(chosen[0], chosen[1])
            : null;
        if (choice is null && f.Errors.Count == 0)
        {
            return new PlanEdit(f.Section, f.Input, [new(PlanFormFields.Id("career", "pathway"), "Choose a career pathway from the list.")], plan => plan);
        }
        return PlanEdit.From(f, plan => plan with { Career = choice });
    }

    public static PlanEdit Certification(IFormCollection form)
    {
        var f = new PlanFormFields(form, "certifications");
        var certification = new Certification(Guid.NewGuid(), f.Text("name"), f.Text("issuer"), f.Date("earnedOn", "day it was earned"),
            f.OptionalDate("expiresOn", "expiry date"));
        return PlanEdit.From(f, plan => plan with { Certifications = [.. plan.Certifications, certification] }, "certifications", certification.Id);
    }

    public static PlanEdit Evidence(IFormCollection form, IReadOnlyList<EvidenceChoice> choices)
    {
        var f = new PlanFormFields(form, "evidence");
        var picked = choices.FirstOrDefault(c => $"{c.Source}:{c.SourceId}" == f.Text("source"));
        if (picked is null)
        {
            return new PlanEdit(f.Section, f.Input, [new(PlanFormFields.Id("evidence", "source"), "Choose a piece of your own work from the list.")], plan => plan);
        }
        var evidence = new Evidence(Guid.NewGuid(), picked.Source, picked.SourceId, picked.Title, f.All("requirementKeys").ToValueList());
        return PlanEdit.From(f, plan => plan with { Evidence = [.. plan.Evidence, evidence] }, "evidence", evidence.Id);
    }

    private static ValueList<T> Replace<T>(ValueList<T> items, Func<T, bool> which, Func<T, T> change) =>
        items.Select(item => which(item) ? change(item) : item).ToValueList();
}
