using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;

namespace LtiPathways.PathwayGraphQL.Reels;

/// <summary>
/// Who reaches a plan's reel inside the tool: the student arranges and shares it; their advisors and coordinators watch
/// it. Mentors see it only through a link the student shares, so the student decides what a mentor sees.
/// </summary>
public static class ReelAccess
{
    public static readonly Refusal OnlyTheStudent = Refusal.Forbidden("Only the student arranges and shares their own conference reel.");

    public static readonly Refusal NotForMentors = Refusal.Forbidden("A student's conference reel reaches mentors through the link the student shares.");

    public static async Task<Outcome<PathwayPlan>> ToArrangeAsync(PathwaysDbContext db, Viewer viewer, Guid planId, CancellationToken cancellationToken)
    {
        var opened = await PlanAccess.OpenAsync(db, viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        return opened.Value.Capacity == PlanCapacity.Owner ? opened.Value.Plan : OnlyTheStudent;
    }

    public static async Task<Outcome<(PathwayPlan Plan, PlanCapacity Capacity)>> ToWatchAsync(
        PathwaysDbContext db, Viewer viewer, Guid planId, CancellationToken cancellationToken)
    {
        var opened = await PlanAccess.OpenAsync(db, viewer, planId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        return opened.Value.Capacity == PlanCapacity.Mentor ? NotForMentors : opened.Value;
    }
}
