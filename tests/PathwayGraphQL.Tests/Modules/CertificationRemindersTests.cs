using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Tests.Modules;

public sealed class CertificationRemindersTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static Certification Cert(string name, int earnedDaysAgo, int? expiresInDays) =>
        new(Guid.NewGuid(), name, "Red Cross", Today.AddDays(-earnedDaysAgo), expiresInDays is { } days ? Today.AddDays(days) : null);

    [Fact]
    public void Certifications_enter_the_90_30_and_7_day_windows_soonest_first()
    {
        var plan = PlanDocument.Empty with
        {
            Certifications = [Cert("Forklift", 300, 91), Cert("First Aid", 300, 90), Cert("CPR", 300, 30), Cert("Food Hygiene", 300, 7), Cert("Lapsed", 400, -1), Cert("Lifelong", 10, null)],
        };
        var reminders = CertificationReminders.Of(plan, Today);
        Assert.Equal([("Food Hygiene", 7, 7), ("CPR", 30, 30), ("First Aid", 90, 90)], reminders.Select(r => (r.Certification.Name, r.DaysLeft, r.Window)));
        Assert.Equal("Food Hygiene from Red Cross expires in 7 days; renew it before then.", reminders[0].Sentence);
        Assert.Equal(["Food Hygiene"], CertificationReminders.Within(plan, Today, 10).Select(r => r.Certification.Name));
    }

    [Fact]
    public void A_certification_renewed_by_a_later_one_of_the_same_name_and_issuer_is_no_reminder()
    {
        var plan = PlanDocument.Empty with { Certifications = [Cert("First Aid", 700, 20), Cert("first aid ", 5, 725)] };
        Assert.Empty(CertificationReminders.Of(plan, Today));
    }
}
