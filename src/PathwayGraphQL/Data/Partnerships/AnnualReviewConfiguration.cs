using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

public class AnnualReviewConfiguration : IEntityTypeConfiguration<AnnualReview>
{
    public void Configure(EntityTypeBuilder<AnnualReview> builder)
    {
        builder.HasOne<PartnershipProvider>().WithMany().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(r => r.ReviewedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ProviderId, r.Year }).IsUnique();
        builder.Property(r => r.CompletionPercent).HasPrecision(5, 1);
        builder.Property(r => r.AttendancePercent).HasPrecision(5, 1);
        builder.Property(r => r.Satisfaction).HasPrecision(3, 1);
        builder.Property(r => r.Outcomes).HasMaxLength(4000);
    }
}
