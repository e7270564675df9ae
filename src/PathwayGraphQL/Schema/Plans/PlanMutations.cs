using GraphQL;
using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Schema.Plans.Inputs;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>
/// Plan changes, each saved as the plan's next version through the core's commands as the planner's pages save them
/// (<see cref="PlanEditing"/>): only the student edits their plan; signatures follow the core's sign-off rules; a
/// coordinator, or the institution's read-write API token, waives requirements (<see cref="PlanWaiving"/>).
/// </summary>
public static class PlanMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        Change<AddGoalInputType, AddGoalInput>(mutation, "addGoal", "Adds a goal to the student's own plan.", (input, today) =>
            PlanItemLists.Goals.Add(new Goal(Guid.NewGuid(), input.Text, input.Measure, today, input.TargetDate, GoalStatus.NotStarted)));
        Change<EditGoalInputType, EditGoalInput>(mutation, "editGoal", "Changes a goal's text, measure, target date or status.", (input, _) =>
            PlanItemLists.ParseId(input.GoalId) is { } id ? PlanItemLists.Goals.Edit(id, goal => goal with
            {
                Text = input.Text ?? goal.Text, Measure = input.Measure ?? goal.Measure,
                TargetDate = input.TargetDate ?? goal.TargetDate, Status = input.Status ?? goal.Status,
            }) : null, input => ("goalId", input.GoalId));
        Remove(mutation, "removeGoal", PlanItemLists.Goals);

        Change<AddMilestoneInputType, AddMilestoneInput>(mutation, "addMilestone", "Adds a milestone to the student's own plan.", (input, _) =>
            PlanItemLists.Milestones.Add(new Milestone(Guid.NewGuid(), input.Title, input.Due, input.CompletedOn, PlanItemLists.ParseId(input.GoalId))));
        Change<EditMilestoneInputType, EditMilestoneInput>(mutation, "editMilestone", "Changes a milestone, or marks it done with completedOn.", (input, _) =>
            PlanItemLists.ParseId(input.MilestoneId) is { } id ? PlanItemLists.Milestones.Edit(id, milestone => milestone with
            {
                Title = input.Title ?? milestone.Title, Due = input.Due ?? milestone.Due, CompletedOn = input.CompletedOn ?? milestone.CompletedOn,
                GoalId = input.GoalId is null ? milestone.GoalId : PlanItemLists.ParseId(input.GoalId),
            }) : null, input => ("milestoneId", input.MilestoneId));
        Remove(mutation, "removeMilestone", PlanItemLists.Milestones);

        Change<AddReflectionInputType, AddReflectionInput>(mutation, "addReflection", "Adds a written reflection or learning-journal entry.", (input, today) =>
            PlanItemLists.Reflections.Add(new Reflection(Guid.NewGuid(), input.Kind ?? ReflectionKind.Reflection, input.WrittenOn ?? today, input.Text, null,
                [.. input.RequirementKeys ?? []])));
        Change<EditReflectionInputType, EditReflectionInput>(mutation, "editReflection", "Changes a reflection's text, kind, day or requirements.", (input, _) =>
            PlanItemLists.ParseId(input.ReflectionId) is { } id ? PlanItemLists.Reflections.Edit(id, reflection => reflection with
            {
                Kind = input.Kind ?? reflection.Kind, WrittenOn = input.WrittenOn ?? reflection.WrittenOn, Text = input.Text ?? reflection.Text,
                RequirementKeys = input.RequirementKeys is { } keys ? [.. keys] : reflection.RequirementKeys,
            }) : null, input => ("reflectionId", input.ReflectionId));
        Remove(mutation, "removeReflection", PlanItemLists.Reflections);

        Change<LogHoursInputType, LogHoursInput>(mutation, "logHours", "Logs hours spent on one day in one kind of activity.", (input, _) =>
            PlanItemLists.Hours.Add(new HourLog(Guid.NewGuid(), input.Date, input.Hours, input.Kind, input.Activity, input.Supervisor)));
        Change<EditHoursInputType, EditHoursInput>(mutation, "editHours", "Changes an hour log.", (input, _) =>
            PlanItemLists.ParseId(input.HoursId) is { } id ? PlanItemLists.Hours.Edit(id, log => log with
            {
                Date = input.Date ?? log.Date, Hours = input.Hours ?? log.Hours, Kind = input.Kind ?? log.Kind,
                Activity = input.Activity ?? log.Activity, Supervisor = input.Supervisor ?? log.Supervisor,
            }) : null, input => ("hoursId", input.HoursId));
        Remove(mutation, "removeHours", PlanItemLists.Hours);

        mutation.Field<PlanChangePayloadType>("signOffPlan")
            .Description("Signs the plan's current version as student, advisor, mentor, or for a parent or guardian by their typed name.")
            .Argument<NonNullGraphType<SignOffPlanInputType>>("input")
            .ResolveAsync(async context => await PlanEditing.SignAsync(context, context.GetArgument<SignOffPlanInput>("input")));

        mutation.Field<PlanChangePayloadType>("waiveRequirement")
            .Description("Waives one requirement for this student, as a coordinator of the institution does; a read-write API token may too, "
                + "recorded in the plan's history under the token's name.")
            .Argument<NonNullGraphType<WaiveRequirementInputType>>("input")
            .ResolveAsync(async context => await PlanWaiving.WaiveAsync(context, context.GetArgument<WaiveRequirementInput>("input")));
    }

    private static void Change<TInputType, TInput>(
        ObjectGraphType mutation, string name, string description, Func<TInput, DateOnly, PlanItemChange?> change, Func<TInput, (string Field, string Id)>? item = null)
        where TInputType : PlanChangeInputType<TInput>
        where TInput : PlanChangeInput =>
        mutation.Field<PlanChangePayloadType>(name).Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<TInput>("input");
                return await PlanEditing.SaveAsync(context, input, item?.Invoke(input), today => change(input, today));
            });

    private static void Remove<T>(ObjectGraphType mutation, string name, PlanItems<T> list) =>
        Change<RemovePlanItemInputType, RemovePlanItemInput>(mutation, name, $"Removes one of the plan's {list.Name} by its id.", (input, _) =>
            PlanItemLists.ParseId(input.ItemId) is { } id ? list.Remove(id) : null, input => ("itemId", input.ItemId));
}
