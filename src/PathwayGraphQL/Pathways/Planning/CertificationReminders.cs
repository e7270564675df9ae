using LtiPathways.PathwayGraphQL.Partnerships;
using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// A plan's certifications that expire soon, soonest first, in the same 90, 30 and 7 day windows as agreements. A
/// certification renewed by a later one of the same name and issuer that lasts longer is not a reminder.
/// </summary>
public static class CertificationReminders
{
    public static ValueList<CertificationReminder> Of(PlanDocument plan, DateOnly today) => Within(plan, today, ReminderWindow.Days[^1]);

    /// <summary>Those expiring within <paramref name="days"/> days from today (today included); any number of days, for dashboards.</summary>
    public static ValueList<CertificationReminder> Within(PlanDocument plan, DateOnly today, int days) =>
        plan.Certifications
            .Where(c => c.EarnedOn <= today)
            .GroupBy(c => (Name: c.Name.Trim().ToUpperInvariant(), Issuer: c.Issuer.Trim().ToUpperInvariant()))
            .Select(g => g.OrderBy(c => c.ExpiresOn is null).ThenBy(c => c.ExpiresOn).Last())
            .Where(c => c.ExpiresOn is { } expiry && expiry >= today && expiry.DayNumber - today.DayNumber <= days)
            .Select(c => (Certification: c, DaysLeft: c.ExpiresOn!.Value.DayNumber - today.DayNumber))
            .OrderBy(c => c.DaysLeft).ThenBy(c => c.Certification.Name, StringComparer.Ordinal)
            .Select(c => new CertificationReminder(c.Certification, c.DaysLeft, ReminderWindow.For(c.DaysLeft) ?? c.DaysLeft))
            .ToValueList();
}
