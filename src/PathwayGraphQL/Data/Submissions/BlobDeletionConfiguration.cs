using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Submissions;

public class BlobDeletionConfiguration : IEntityTypeConfiguration<BlobDeletion>
{
    public void Configure(EntityTypeBuilder<BlobDeletion> builder)
    {
        builder.Property(d => d.StorageKey).HasMaxLength(200);
        builder.Property(d => d.Reason).HasMaxLength(1000);
    }
}
