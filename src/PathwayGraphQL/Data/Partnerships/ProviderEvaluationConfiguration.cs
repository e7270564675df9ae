using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

public class ProviderEvaluationConfiguration : IEntityTypeConfiguration<ProviderEvaluation>
{
    public void Configure(EntityTypeBuilder<ProviderEvaluation> builder)
    {
        builder.HasOne<PartnershipProvider>().WithMany().HasForeignKey(e => e.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(e => e.EvaluatedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ProviderId, e.EvaluatedAt });
        builder.Property(e => e.TemplateKey).HasMaxLength(100);
        builder.Property(e => e.Notes).HasMaxLength(4000);
        builder.Property(e => e.Total).HasPrecision(9, 2);
        builder.Property(e => e.Maximum).HasPrecision(9, 2);
        builder.Property(e => e.Percentage).HasPrecision(5, 2);
    }
}
