using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Mentoring;

/// <summary>
/// A student's save keeps mentors' sign-offs as they are: a signed item may be removed, or changed with its signature
/// dropped, but no save brings a signature the mentor did not give (through the API a whole document can be sent).
/// </summary>
public static class MentorSignOffGuard
{
    public static Refusal? Check(PlanDocument current, PlanDocument saved)
    {
        var hours = saved.Hours.Where(h => h.Confirmed is not null).All(h => current.Hours.Contains(h));
        var milestones = saved.Milestones.Where(m => m.SignedOff is not null).All(m => current.Milestones.Contains(m));
        return hours && milestones ? null : Refusal.Forbidden("Only a mentor confirms hours and signs off milestones; save the plan with the sign-offs it has.");
    }
}
