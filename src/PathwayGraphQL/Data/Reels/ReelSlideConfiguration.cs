using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Reels;

public class ReelSlideConfiguration : IEntityTypeConfiguration<ReelSlide>
{
    public void Configure(EntityTypeBuilder<ReelSlide> builder)
    {
        builder.HasIndex(s => new { s.ReelId, s.Position });
        builder.Property(s => s.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Caption).HasMaxLength(1000);
    }
}
