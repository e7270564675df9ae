using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Lti;

public class ToolKeyConfiguration : IEntityTypeConfiguration<ToolKey>
{
    public void Configure(EntityTypeBuilder<ToolKey> builder)
    {
        builder.HasKey(k => k.Kid);
        builder.Property(k => k.Kid).HasMaxLength(100);
    }
}
