namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>A year's scorecard as the annual review form sends it; numbers that did not parse are null.</summary>
public sealed record ReviewInput(int? Year, decimal? CompletionPercent, decimal? AttendancePercent, decimal? Satisfaction, int? CredentialsEarned, string Outcomes)
{
    /// <summary>The year is the one a school year starts in; one that has not started yet has nothing to review.</summary>
    public IReadOnlyList<InputProblem> Problems(DateOnly today)
    {
        var problems = new List<InputProblem>();
        if (Year is not { } year || year < 2000)
        {
            problems.Add(new("year", "Enter the year the school year started in, such as 2025."));
        }
        else if (year > today.Year)
        {
            problems.Add(new("year", $"The school year starting in {year} has not started yet; review a year that has begun."));
        }
        Percent(problems, "completion", CompletionPercent, "the completion rate");
        Percent(problems, "attendance", AttendancePercent, "the attendance rate");
        if (Satisfaction is not { } satisfaction || satisfaction < 1 || satisfaction > 5)
        {
            problems.Add(new("satisfaction", "Enter the average satisfaction on the 1 to 5 scale."));
        }
        if (CredentialsEarned is not { } credentials || credentials < 0 || credentials > 100_000)
        {
            problems.Add(new("credentials", "Enter how many credentials students earned, as a whole number from 0."));
        }
        TextRules.Limit(problems, "outcomes", Outcomes, "the outcomes", 4000);
        return problems;
    }

    private static void Percent(List<InputProblem> problems, string field, decimal? value, string what)
    {
        if (value is not { } percent || percent < 0 || percent > 100)
        {
            problems.Add(new(field, $"Enter {what} as a percentage from 0 to 100."));
        }
    }
}
