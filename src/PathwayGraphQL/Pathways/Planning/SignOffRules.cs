using LtiPathways.PathwayGraphQL.Pathways.History;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// Who signs as what. Each person signs in their own capacity; a parent or guardian without an account signs by a typed
/// name on the student's or an advisor's screen (at a conference), recorded without a person.
/// </summary>
public static class SignOffRules
{
    public static bool MaySign(PlanCapacity capacity, SignOffRole role) => (capacity, role) switch
    {
        (_, SignOffRole.ParentOrGuardian) => true,
        (PlanCapacity.Owner, SignOffRole.Student) => true,
        (PlanCapacity.Advisor or PlanCapacity.Coordinator, SignOffRole.Advisor) => true,
        (PlanCapacity.Mentor, SignOffRole.Mentor) => true,
        _ => false,
    };

    /// <summary>Whether the signature is someone else's, given by a typed name: a parent signing where the viewer is not their mentor.</summary>
    public static bool SignsForSomeoneElse(PlanCapacity capacity, SignOffRole role) =>
        role == SignOffRole.ParentOrGuardian && capacity != PlanCapacity.Mentor;

    public static string WhyNot(PlanCapacity capacity) => capacity switch
    {
        PlanCapacity.Owner => "You sign your plan as the student.",
        PlanCapacity.Mentor => "You sign this plan as a mentor, or as parent or guardian.",
        _ => "You sign this plan as advisor or coordinator.",
    };
}
