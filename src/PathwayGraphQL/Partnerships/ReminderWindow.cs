namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>Coordinators are reminded 90, 30 and 7 days before an agreement expires: the narrowest window the days left fall in.</summary>
public static class ReminderWindow
{
    public static readonly IReadOnlyList<int> Days = [7, 30, 90];

    public static int? For(int daysLeft) => daysLeft < 0 ? null : Days.Cast<int?>().FirstOrDefault(window => daysLeft <= window);
}
