using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Platforms;

public class PlatformRegistrationConfiguration : IEntityTypeConfiguration<PlatformRegistration>
{
    public void Configure(EntityTypeBuilder<PlatformRegistration> builder)
    {
        builder.HasIndex(r => new { r.Issuer, r.ClientId }).IsUnique();
        builder.Property(r => r.Issuer).HasMaxLength(500);
        builder.Property(r => r.ClientId).HasMaxLength(200);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.AuthorizationEndpoint).HasMaxLength(1000);
        builder.Property(r => r.TokenEndpoint).HasMaxLength(1000);
        builder.Property(r => r.JwksUri).HasMaxLength(1000);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Scopes).HasMaxLength(1000);
        builder.Property(r => r.ProductFamily).HasMaxLength(100);
        builder.HasMany(r => r.Deployments).WithOne(d => d.Registration).HasForeignKey(d => d.RegistrationId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
