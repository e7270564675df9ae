using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Schema.Batching;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

/// <summary>
/// <c>plan { mentors mentorNotes mentorSignOffs signedLinkUses }</c>, as the pages show them: the student's advisors and
/// coordinators (and API tokens) keep the mentors, their links and every use; a mentor reads their own notes; everyone
/// who sees the plan sees its sign-offs. Anything else is FORBIDDEN beside the rest of the answer.
/// </summary>
public static class PlanMentoringFields
{
    private static readonly ExecutionError NotKeeper = new("A student's mentors and signed links are kept by their advisors and coordinators.") { Code = "FORBIDDEN" };

    private static readonly ExecutionError NoNotes = new("Mentors' notes are read by the mentor who wrote them and the student's advisors and coordinators.") { Code = "FORBIDDEN" };

    public static void AddTo(ObjectGraphType<EvaluatedPlan> plan, GraphQLOptions limits)
    {
        plan.Field<ConnectionType<MentorType>>("mentors")
            .Description("The student's mentors by name: from the LMS, assigned in the tool, or outside with their signed links (status and expiry, never a token).")
            .Paged()
            .Resolve(context => Mentoring(context).Then(m => PlanLists.Page(context, limits, m?.Reach == MentoringReach.Keeper ? m.Mentors : throw NotKeeper)));
        plan.Field<ConnectionType<MentorNoteType>>("mentorNotes")
            .Description("Mentors' meeting log and progress notes, newest first; a mentor reads their own.")
            .Paged()
            .Resolve(context => Mentoring(context).Then(m => PlanLists.Page(context, limits, m?.Reach is MentoringReach.Keeper or MentoringReach.Mentor ? m.Notes : throw NoNotes)));
        plan.Field<NonNullGraphType<ConnectionType<MentorSignOffType>>>("mentorSignOffs")
            .Description("Hours mentors confirmed and milestones they signed off, oldest first.")
            .Paged()
            .Resolve(context => PlanLists.Page(context, limits, MentorSignOffRow.Of(context.Source.Plan.Document)));
        plan.Field<ConnectionType<LinkUseType>>("signedLinkUses")
            .Description("Every use of the outside mentors' signed links for this student, refused ones too, newest first: who, when, what.")
            .Paged()
            .Resolve(context => Mentoring(context).Then(m => PlanLists.Page(context, limits, m?.Reach == MentoringReach.Keeper ? m.Uses : throw NotKeeper)));
    }

    private static GraphQL.DataLoader.IDataLoaderResult<PlanMentoring?> Mentoring(IResolveFieldContext<EvaluatedPlan> context) =>
        context.RequestServices!.GetRequiredService<MentoringReader>().Of(ToolUserContext.CallerOf(context), context.Source.Plan.StudentUserId);
}
