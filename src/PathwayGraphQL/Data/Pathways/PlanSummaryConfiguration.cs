using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Pathways;

public class PlanSummaryConfiguration : IEntityTypeConfiguration<PlanSummary>
{
    public void Configure(EntityTypeBuilder<PlanSummary> builder)
    {
        builder.HasKey(s => s.PlanId);
        builder.HasOne<PathwayPlan>().WithOne().HasForeignKey<PlanSummary>(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.RegistrationId, s.DeploymentId, s.Overall });
        builder.Property(s => s.TemplateKey).HasMaxLength(100);
        builder.Property(s => s.TemplateName).HasMaxLength(200);
        builder.Property(s => s.Programme).HasConversion<string>().HasMaxLength(20);
        // A number, unlike other enums here: the dashboard sorts worst first in SQL, in the enum's order.
        builder.Property(s => s.Overall).HasConversion<int>();
        builder.Property(s => s.Provider).HasMaxLength(200);
        builder.Property(s => s.ExpiringCertification).HasMaxLength(200);
        builder.HasMany(s => s.Years).WithOne().HasForeignKey(y => y.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
