using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Reels;

public class ReelLinkConfiguration : IEntityTypeConfiguration<ReelLink>
{
    public void Configure(EntityTypeBuilder<ReelLink> builder)
    {
        builder.HasOne<Reel>().WithMany().HasForeignKey(l => l.ReelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasMany(l => l.Uses).WithOne().HasForeignKey(u => u.ReelLinkId).OnDelete(DeleteBehavior.Cascade);
    }
}
