using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Validation;

/// <summary>Dates that contradict each other: a goal due before it was set, a milestone after its goal, a certification expiring before it was earned.</summary>
public static class DateOrderRules
{
    public static IEnumerable<Problem> Check(PlanDocument plan, DateOnly today)
    {
        string Day(DateOnly day) => PlanValidator.Day(day, today);
        for (var i = 0; i < plan.Goals.Count; i++)
        {
            var goal = plan.Goals[i];
            if (goal.TargetDate < goal.SetOn)
            {
                yield return new Problem($"The target date {Day(goal.TargetDate)} comes before the goal was set on {Day(goal.SetOn)}.", $"goals[{i}].targetDate");
            }
        }
        for (var i = 0; i < plan.Milestones.Count; i++)
        {
            var milestone = plan.Milestones[i];
            var goal = plan.Goals.FirstOrDefault(g => g.Id == milestone.GoalId);
            if (milestone.GoalId is not null && goal is null)
            {
                yield return new Problem("This milestone belongs to a goal that is no longer in the plan; choose another goal or none.", $"milestones[{i}].goalId");
            }
            else if (goal is not null && milestone.Due > goal.TargetDate)
            {
                yield return new Problem(
                    $"This milestone is due on {Day(milestone.Due)}, after its goal's target date {Day(goal.TargetDate)}.", $"milestones[{i}].due");
            }
            if (milestone.CompletedOn > today)
            {
                yield return new Problem($"{Day(milestone.CompletedOn.Value)} is still to come; mark the milestone done once it is.", $"milestones[{i}].completedOn");
            }
        }
        for (var i = 0; i < plan.Certifications.Count; i++)
        {
            var certification = plan.Certifications[i];
            if (certification.ExpiresOn <= certification.EarnedOn)
            {
                yield return new Problem(
                    $"{certification.Name} cannot expire on {Day(certification.ExpiresOn.Value)}, before it was earned on {Day(certification.EarnedOn)}.",
                    $"certifications[{i}].expiresOn");
            }
            if (certification.EarnedOn > today)
            {
                yield return new Problem($"{Day(certification.EarnedOn)} is still to come; add the certification once it is earned.", $"certifications[{i}].earnedOn");
            }
        }
    }
}
