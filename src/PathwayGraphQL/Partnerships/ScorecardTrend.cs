using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>The year-over-year view of a partnership's reviews, oldest year first, each compared with the year reviewed before it.</summary>
public static class ScorecardTrend
{
    public static IReadOnlyList<ScorecardYear> Of(IEnumerable<AnnualReview> reviews)
    {
        var years = new List<ScorecardYear>();
        AnnualReview? previous = null;
        foreach (var review in reviews.OrderBy(r => r.Year))
        {
            years.Add(new ScorecardYear(
                review.Year, review.CompletionPercent, review.AttendancePercent, review.Satisfaction, review.CredentialsEarned, review.Outcomes,
                review.CompletionPercent - previous?.CompletionPercent,
                review.AttendancePercent - previous?.AttendancePercent,
                review.Satisfaction - previous?.Satisfaction,
                review.CredentialsEarned - previous?.CredentialsEarned));
            previous = review;
        }
        return years;
    }
}
