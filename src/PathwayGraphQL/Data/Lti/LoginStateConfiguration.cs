using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Lti;

public class LoginStateConfiguration : IEntityTypeConfiguration<LoginState>
{
    public void Configure(EntityTypeBuilder<LoginState> builder)
    {
        builder.HasKey(s => s.State);
        builder.Property(s => s.State).HasMaxLength(100);
        builder.Property(s => s.Nonce).HasMaxLength(100);
        builder.Property(s => s.BrowserSecretHash).HasMaxLength(100);
        builder.Property(s => s.TargetLinkUri).HasMaxLength(2000);
        builder.Property(s => s.LoginHint).HasMaxLength(2000);
        builder.Property(s => s.MessageHint).HasMaxLength(4000);
        builder.Property(s => s.StorageTarget).HasMaxLength(200);
        builder.Property(s => s.DeploymentId).HasMaxLength(255);
        builder.HasIndex(s => s.ExpiresAt);
    }
}
