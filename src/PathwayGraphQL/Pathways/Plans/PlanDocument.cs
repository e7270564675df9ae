using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>
/// One version of a student's plan: what they aim for, what they did and what proves it. Immutable and compared by value,
/// so two versions are equal exactly when nothing changed; every item carries a stable id so a diff can match it.
/// Stored as JSON (<see cref="PlanDocumentJson"/>); a plan that breaks its template's rules is still a valid document.
/// </summary>
public sealed record PlanDocument
{
    public static PlanDocument Empty { get; } = new();

    /// <summary>When the student started this plan: the start of every pace projection.</summary>
    public DateOnly? StartedOn { get; init; }

    public ValueList<Goal> Goals { get; init; } = [];
    public ValueList<Milestone> Milestones { get; init; } = [];
    public ValueList<Reflection> Reflections { get; init; } = [];
    public ValueList<HourLog> Hours { get; init; } = [];

    /// <summary>DP subjects and CTE courses, each placed in a grade year.</summary>
    public ValueList<CourseChoice> Courses { get; init; } = [];

    /// <summary>The CP's career-related study, when chosen.</summary>
    public CareerRelatedStudy? CareerRelatedStudy { get; init; }

    /// <summary>The CTE career cluster and pathway, when chosen.</summary>
    public CareerChoice? Career { get; init; }

    public ValueList<Certification> Certifications { get; init; } = [];

    /// <summary>The Reflective Project's pieces: proposal, planning and progress form, final submission, ...</summary>
    public ValueList<ProjectArtefact> ProjectArtefacts { get; init; } = [];

    public ValueList<Evidence> Evidence { get; init; } = [];
    public ValueList<Waiver> Waivers { get; init; } = [];
}
