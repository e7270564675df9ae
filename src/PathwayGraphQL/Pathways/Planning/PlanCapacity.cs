namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>In what capacity a viewer sees a plan; it decides what they may do with it.</summary>
public enum PlanCapacity
{
    /// <summary>The student whose plan it is: edits, comments, signs as student.</summary>
    Owner,

    /// <summary>A mentor named by the platform (<c>role_scope_mentor</c>): reads, signs as mentor or parent.</summary>
    Mentor,

    /// <summary>Staff of a course placed as "Pathway planner" that the student is in: reads, comments, signs as advisor.</summary>
    Advisor,

    /// <summary>A coordinator of the institution: what an advisor may, for every plan there, and waives requirements.</summary>
    Coordinator,
}
