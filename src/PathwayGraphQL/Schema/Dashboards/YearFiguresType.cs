using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Dashboards;

namespace LtiPathways.PathwayGraphQL.Schema.Dashboards;

public sealed class YearFiguresType : ObjectGraphType<YearFigures>
{
    public YearFiguresType()
    {
        Name = "ImpactYear";
        Description = "What the institution's plans show for one calendar year.";
        Field(y => y.Year);
        Field(y => y.Certifications).Description("Certifications earned.");
        Field(y => y.CommunityHours).Description("Community-engagement hours.");
        Field(y => y.WorkBasedHours).Description("Work-based learning hours.");
    }
}
