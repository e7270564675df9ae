using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Partnerships;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

public sealed class ScorecardType : ObjectGraphType<ScorecardYear>
{
    public ScorecardType()
    {
        Name = "PartnershipScorecard";
        Description = "One year's annual review, and how each figure moved since the year before (null for the first year reviewed).";
        Field(s => s.Year);
        Field(s => s.CompletionPercent);
        Field(s => s.AttendancePercent);
        Field(s => s.Satisfaction);
        Field(s => s.CredentialsEarned);
        Field(s => s.Outcomes);
        Field(s => s.CompletionChange, nullable: true);
        Field(s => s.AttendanceChange, nullable: true);
        Field(s => s.SatisfactionChange, nullable: true);
        Field(s => s.CredentialsChange, nullable: true);
    }
}
