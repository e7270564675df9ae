using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Platforms;

public class PlatformRegistrationChangeConfiguration : IEntityTypeConfiguration<PlatformRegistrationChange>
{
    public void Configure(EntityTypeBuilder<PlatformRegistrationChange> builder)
    {
        builder.ToTable("RegistrationChanges");
        builder.HasIndex(c => c.RegistrationId).IsUnique();
        builder.Property(c => c.AuthorizationEndpoint).HasMaxLength(1000);
        builder.Property(c => c.TokenEndpoint).HasMaxLength(1000);
        builder.Property(c => c.JwksUri).HasMaxLength(1000);
        builder.Property(c => c.DeploymentId).HasMaxLength(255);
        builder.Property(c => c.Scopes).HasMaxLength(1000);
        builder.Property(c => c.ProductFamily).HasMaxLength(100);
        builder.Property(c => c.ConfigurationUrl).HasMaxLength(1000);
        builder.HasOne(c => c.Registration).WithOne(r => r.PendingChange).HasForeignKey<PlatformRegistrationChange>(c => c.RegistrationId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
