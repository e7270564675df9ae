using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

public class ProviderCourseConfiguration : IEntityTypeConfiguration<ProviderCourse>
{
    public void Configure(EntityTypeBuilder<ProviderCourse> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Modality).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Hours).HasPrecision(7, 1);
        builder.Property(c => c.Cost).HasMaxLength(100);
        builder.Property(c => c.Credential).HasMaxLength(200);
        builder.Property(c => c.Recognition).HasMaxLength(400);
    }
}
