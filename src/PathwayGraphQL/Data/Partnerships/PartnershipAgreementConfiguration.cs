using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

public class PartnershipAgreementConfiguration : IEntityTypeConfiguration<PartnershipAgreement>
{
    public void Configure(EntityTypeBuilder<PartnershipAgreement> builder)
    {
        builder.HasOne<PartnershipProvider>().WithMany().HasForeignKey(a => a.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(a => a.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ProviderId, a.ExpiresOn });
        builder.HasIndex(a => a.FileKey);
        builder.Property(a => a.Responsibilities).HasMaxLength(4000);
        builder.Property(a => a.DataSharing).HasMaxLength(4000);
        builder.Property(a => a.QualityAssurance).HasMaxLength(4000);
        builder.Property(a => a.FileKey).HasMaxLength(200);
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.FileMediaType).HasMaxLength(200);
    }
}
