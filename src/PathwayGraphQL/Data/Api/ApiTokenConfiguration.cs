using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Api;

public class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.HasIndex(t => t.RegistrationId);
        builder.HasOne(t => t.Registration).WithMany().HasForeignKey(t => t.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Deployment).WithMany().HasForeignKey(t => t.DeploymentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.SecretHash).HasMaxLength(64);
        builder.Property(t => t.Hint).HasMaxLength(20);
        builder.Property(t => t.CreatedBy).HasMaxLength(500);
    }
}
