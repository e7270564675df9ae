namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

/// <summary>The yearly review of a partnership: its scorecard for the school year starting in <see cref="Year"/>.</summary>
public class AnnualReview
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProviderId { get; set; }
    public int Year { get; set; }
    public decimal CompletionPercent { get; set; }
    public decimal AttendancePercent { get; set; }

    /// <summary>Average student satisfaction on a 1–5 scale.</summary>
    public decimal Satisfaction { get; set; }
    public int CredentialsEarned { get; set; }
    public string Outcomes { get; set; } = "";
    public Guid ReviewedByUserId { get; set; }
    public DateTime ReviewedAt { get; set; }
}
