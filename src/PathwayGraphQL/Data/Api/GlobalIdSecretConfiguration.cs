using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Api;

public class GlobalIdSecretConfiguration : IEntityTypeConfiguration<GlobalIdSecret>
{
    public void Configure(EntityTypeBuilder<GlobalIdSecret> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Secret).HasMaxLength(32);
    }
}
