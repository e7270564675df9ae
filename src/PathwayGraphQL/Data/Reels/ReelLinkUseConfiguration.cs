using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Reels;

public class ReelLinkUseConfiguration : IEntityTypeConfiguration<ReelLinkUse>
{
    public void Configure(EntityTypeBuilder<ReelLinkUse> builder)
    {
        builder.HasIndex(u => new { u.ReelLinkId, u.At });
        builder.Property(u => u.What).HasMaxLength(500);
    }
}
