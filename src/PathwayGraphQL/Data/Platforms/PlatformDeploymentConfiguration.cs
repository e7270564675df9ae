using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Platforms;

public class PlatformDeploymentConfiguration : IEntityTypeConfiguration<PlatformDeployment>
{
    public void Configure(EntityTypeBuilder<PlatformDeployment> builder)
    {
        builder.HasIndex(d => new { d.RegistrationId, d.DeploymentId }).IsUnique();
        builder.Property(d => d.DeploymentId).HasMaxLength(255);
    }
}
