using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Pathways.Editing;

/// <summary>Each section's form for a new entry read into the change it asks of the plan, one method per form.</summary>
public static class PlanForms
{
    public static PlanEdit Hours(IFormCollection form)
    {
        var f = new PlanFormFields(form, "hours");
        var log = PlanEntries.Hours(f, Guid.NewGuid());
        return PlanEdit.From(f, plan => plan with { Hours = [.. plan.Hours, log] }, log.Id);
    }

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
        return PlanEdit.From(f, plan => plan with { ProjectArtefacts = [.. plan.ProjectArtefacts, artefact] }, artefact.Id);
    }

    public static PlanEdit Goal(IFormCollection form, DateOnly today)
    {
        var f = new PlanFormFields(form, "goals");
        var goal = PlanEntries.Goal(f, Guid.NewGuid(), today, GoalStatus.NotStarted);
        return PlanEdit.From(f, plan => plan with { Goals = [.. plan.Goals, goal] }, goal.Id);
    }

    public static PlanEdit GoalProgress(IFormCollection form, Guid goalId)
    {
        var f = new PlanFormFields(form, "goal-status");
        var status = f.Choice<GoalStatus>("status", "goal's status");
        return PlanEdit.From(f, plan => plan with { Goals = PlanItems.Replace(plan.Goals, goalId, g => g with { Status = status }) }, goalId);
    }

    public static PlanEdit Milestone(IFormCollection form)
    {
        var f = new PlanFormFields(form, "milestones");
        var milestone = PlanEntries.Milestone(f, Guid.NewGuid());
        return PlanEdit.From(f, plan => plan with { Milestones = [.. plan.Milestones, milestone] }, milestone.Id);
    }

    public static PlanEdit Reflection(IFormCollection form, DateOnly today)
    {
        var f = new PlanFormFields(form, "reflections");
        var reflection = PlanEntries.Reflection(f, Guid.NewGuid(), today, f.OptionalId("recording", "Record or upload the recording again; this one was not saved."));
        return PlanEdit.From(f, plan => plan with { Reflections = [.. plan.Reflections, reflection] }, reflection.Id);
    }

    public static PlanEdit Course(IFormCollection form)
    {
        var f = new PlanFormFields(form, "courses");
        var course = PlanEntries.Course(f, Guid.NewGuid());
        return PlanEdit.From(f, plan => plan with { Courses = [.. plan.Courses, course] }, course.Id);
    }

    /// <summary>Chooses the career-related study, or changes the one chosen (it keeps its id, so the history says "changed").</summary>
    public static PlanEdit CareerRelatedStudy(IFormCollection form)
    {
        var f = new PlanFormFields(form, "crs");
        var study = PlanEntries.CareerRelatedStudy(f, Guid.NewGuid());
        return PlanEdit.From(f, plan => plan with { CareerRelatedStudy = study with { Id = plan.CareerRelatedStudy?.Id ?? study.Id } }, itemPath: "careerRelatedStudy");
    }

    public static PlanEdit Career(IFormCollection form)
    {
        var f = new PlanFormFields(form, "career");
        var chosen = f.Text("pathway").Split(" / ", 2);
        if (chosen.Length != 2 || CareerChoices.Catalogue.FindPathway(chosen[0], chosen[1]) is null)
        {
            return new PlanEdit(f.Section, f.Input, [new(PlanFormFields.Id("career", "pathway"), "Choose a career pathway from the list.")], plan => plan);
        }
        return PlanEdit.From(f, plan => plan with { Career = new CareerChoice(chosen[0], chosen[1]) });
    }

    public static PlanEdit Certification(IFormCollection form)
    {
        var f = new PlanFormFields(form, "certifications");
        var certification = PlanEntries.Certification(f, Guid.NewGuid());
        return PlanEdit.From(f, plan => plan with { Certifications = [.. plan.Certifications, certification] }, certification.Id);
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
        return PlanEdit.From(f, plan => plan with { Evidence = [.. plan.Evidence, evidence] }, evidence.Id);
    }
}
