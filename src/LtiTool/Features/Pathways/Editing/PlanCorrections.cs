using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Pathways.Editing;

/// <summary>
/// An entry edited or removed in place: each edit form reads the entry again with <see cref="PlanEntries"/> and keeps
/// its id (and what the form does not show), so the history reads "hours changed from 40 to 42", not a removal and an addition.
/// </summary>
public static class PlanCorrections
{
    public static PlanEdit EditHours(IFormCollection form, Guid id)
    {
        var f = Fields(form, "hours", id);
        var read = PlanEntries.Hours(f, id);
        return PlanEdit.From(f, plan => plan with { Hours = PlanItems.Replace(plan.Hours, id, _ => read) }, id);
    }

    public static PlanEdit EditGoal(IFormCollection form, Guid id)
    {
        var f = Fields(form, "goals", id);
        var read = PlanEntries.Goal(f, id, default, default);
        return PlanEdit.From(f, plan => plan with { Goals = PlanItems.Replace(plan.Goals, id, g => read with { SetOn = g.SetOn, Status = g.Status }) }, id);
    }

    public static PlanEdit EditMilestone(IFormCollection form, Guid id)
    {
        var f = Fields(form, "milestones", id);
        var read = PlanEntries.Milestone(f, id);
        return PlanEdit.From(f, plan => plan with { Milestones = PlanItems.Replace(plan.Milestones, id, _ => read) }, id);
    }

    public static PlanEdit EditReflection(IFormCollection form, Guid id)
    {
        var f = Fields(form, "reflections", id);
        var read = PlanEntries.Reflection(f, id, default, null);
        return PlanEdit.From(f, plan => plan with
        {
            Reflections = PlanItems.Replace(plan.Reflections, id, r => read with
            {
                WrittenOn = read.WrittenOn == default ? r.WrittenOn : read.WrittenOn, RecordingFileId = r.RecordingFileId,
            }),
        }, id);
    }

    public static PlanEdit EditCourse(IFormCollection form, Guid id)
    {
        var f = Fields(form, "courses", id);
        var read = PlanEntries.Course(f, id);
        return PlanEdit.From(f, plan => plan with { Courses = PlanItems.Replace(plan.Courses, id, _ => read) }, id);
    }

    public static PlanEdit EditCertification(IFormCollection form, Guid id)
    {
        var f = Fields(form, "certifications", id);
        var read = PlanEntries.Certification(f, id);
        return PlanEdit.From(f, plan => plan with { Certifications = PlanItems.Replace(plan.Certifications, id, _ => read) }, id);
    }

    public static PlanEdit EditProjectArtefact(IFormCollection form, Guid id)
    {
        var f = Fields(form, "projectArtefacts", id);
        var read = PlanEntries.ProjectArtefact(f, id, null);
        return PlanEdit.From(f, plan => plan with
        {
            ProjectArtefacts = PlanItems.Replace(plan.ProjectArtefacts, id, a => read with { SubmissionId = a.SubmissionId }),
        }, id);
    }

    /// <summary>Evidence stays the same piece of work; what it counts toward changes.</summary>
    public static PlanEdit EditEvidence(IFormCollection form, Guid id)
    {
        var f = Fields(form, "evidence", id);
        var keys = f.All("requirementKeys").ToValueList();
        return PlanEdit.From(f, plan => plan with { Evidence = PlanItems.Replace(plan.Evidence, id, e => e with { RequirementKeys = keys }) }, id);
    }

    public static PlanEdit Remove(string list, Guid id) => PlanEdit.Without(PlanFormFields.RemoveSection(list, id), list switch
    {
        "hours" => plan => plan with { Hours = PlanItems.Remove(plan.Hours, id) },
        "goals" => plan => PlanItems.RemoveGoal(plan, id),
        "milestones" => plan => plan with { Milestones = PlanItems.Remove(plan.Milestones, id) },
        "reflections" => plan => plan with { Reflections = PlanItems.Remove(plan.Reflections, id) },
        "courses" => plan => plan with { Courses = PlanItems.Remove(plan.Courses, id) },
        "certifications" => plan => plan with { Certifications = PlanItems.Remove(plan.Certifications, id) },
        "projectArtefacts" => plan => plan with { ProjectArtefacts = PlanItems.Remove(plan.ProjectArtefacts, id) },
        "evidence" => plan => plan with { Evidence = PlanItems.Remove(plan.Evidence, id) },
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Only the lists a student edits have a removal."),
    }, id);

    public static PlanEdit RemoveCareerRelatedStudy() => PlanEdit.Without("crs-remove", plan => plan with { CareerRelatedStudy = null });

    public static PlanEdit RemoveCareer() => PlanEdit.Without("career-remove", plan => plan with { Career = null });

    private static PlanFormFields Fields(IFormCollection form, string list, Guid id) => new(form, PlanFormFields.ItemSection(list, id));
}
