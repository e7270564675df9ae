using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Pathways;

public class PlanYearFigureConfiguration : IEntityTypeConfiguration<PlanYearFigure>
{
    public void Configure(EntityTypeBuilder<PlanYearFigure> builder) => builder.HasKey(y => new { y.PlanId, y.Year });
}
