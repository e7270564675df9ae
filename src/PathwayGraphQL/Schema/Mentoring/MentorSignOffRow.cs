using System.Globalization;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Schema.Mentoring;

/// <summary>A mentor's confirmation of hours or sign-off of a milestone, as the plan records it.</summary>
public sealed record MentorSignOffRow(Guid ItemId, MentorSignOffKind Kind, string What, MentorSignOff SignOff)
{
    /// <summary>Every mentor signature in the plan, oldest first.</summary>
    public static IReadOnlyList<MentorSignOffRow> Of(PlanDocument plan) =>
    [
        .. plan.Hours.Where(h => h.Confirmed is not null)
            .Select(h => new MentorSignOffRow(h.Id, MentorSignOffKind.Hours,
                string.Create(CultureInfo.InvariantCulture, $"{h.Hours} hours of {h.Kind.Describe()} on {h.Date:yyyy-MM-dd}"), h.Confirmed!))
            .Concat(plan.Milestones.Where(m => m.SignedOff is not null)
                .Select(m => new MentorSignOffRow(m.Id, MentorSignOffKind.Milestone, m.Title, m.SignedOff!)))
            .OrderBy(s => s.SignOff.SignedAt),
    ];
}
