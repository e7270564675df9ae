using LtiPathways.PathwayGraphQL.Data.Pathways;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Submissions;

public class SubmissionFileConfiguration : IEntityTypeConfiguration<SubmissionFile>
{
    public void Configure(EntityTypeBuilder<SubmissionFile> builder)
    {
        builder.Property(f => f.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Part).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(f => f.MediaType).HasMaxLength(200);
        builder.Property(f => f.OriginalName).HasMaxLength(255);
        builder.Property(f => f.StorageKey).HasMaxLength(200);
        builder.Property(f => f.Codecs).HasMaxLength(200);
        builder.HasIndex(f => f.SubmissionId);
        builder.HasOne<PathwayPlan>().WithMany().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.PlanId);
        builder.HasIndex(f => f.Sha256);
        builder.HasIndex(f => f.DerivedFromFileId);
    }
}
