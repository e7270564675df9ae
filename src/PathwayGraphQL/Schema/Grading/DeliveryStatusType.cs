using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Data.Grading;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

public sealed class DeliveryStatusType : EnumerationGraphType<ScoreDeliveryStatus>
{
    public DeliveryStatusType() => Name = "DeliveryStatus";
}
