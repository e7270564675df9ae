using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Mentoring;

/// <summary>
/// The mentoring part of one mentee's plan, all a mentor sees of it: hours, milestones, how the hour requirements
/// stand, and the mentor's own notes. No plan yet: <see cref="PlanVersion"/> is null and the lists are empty.
/// </summary>
public sealed record MenteeView(
    Guid StudentUserId, string StudentName, int? PlanVersion,
    ValueList<HourLog> Hours, ValueList<Milestone> Milestones, ValueList<RequirementResult> HourRequirements, ValueList<MentorNoteRow> Notes);
