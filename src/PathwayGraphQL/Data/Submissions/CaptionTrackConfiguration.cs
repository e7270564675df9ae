using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Submissions;

public class CaptionTrackConfiguration : IEntityTypeConfiguration<CaptionTrack>
{
    public void Configure(EntityTypeBuilder<CaptionTrack> builder)
    {
        builder.HasOne<SubmissionFile>().WithMany().HasForeignKey(c => c.SubmissionFileId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Language).HasMaxLength(35);
        builder.Property(c => c.Label).HasMaxLength(100);
        builder.Property(c => c.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(c => c.StorageKey).HasMaxLength(200);
        builder.HasIndex(c => c.SubmissionFileId);
    }
}
