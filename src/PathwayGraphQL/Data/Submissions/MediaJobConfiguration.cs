using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Submissions;

public class MediaJobConfiguration : IEntityTypeConfiguration<MediaJob>
{
    public void Configure(EntityTypeBuilder<MediaJob> builder)
    {
        builder.HasOne<SubmissionFile>().WithMany().HasForeignKey(j => j.SubmissionFileId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.LeaseOwner).HasMaxLength(200);
        builder.Property(j => j.LastError).HasMaxLength(2000);
        builder.HasIndex(j => new { j.Status, j.NextAttemptAt });
    }
}
