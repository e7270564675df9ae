using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Courses;

public class ResourceLinkConfiguration : IEntityTypeConfiguration<ResourceLink>
{
    public void Configure(EntityTypeBuilder<ResourceLink> builder)
    {
        builder.HasIndex(l => new { l.CourseId, l.ResourceLinkId }).IsUnique();
        builder.Property(l => l.ResourceLinkId).HasMaxLength(255);
        builder.Property(l => l.Title).HasMaxLength(500);
        builder.Property(l => l.LineItemUrl).HasMaxLength(2000);
    }
}
