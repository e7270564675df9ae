using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

public class PartnershipProviderConfiguration : IEntityTypeConfiguration<PartnershipProvider>
{
    public void Configure(EntityTypeBuilder<PartnershipProvider> builder)
    {
        builder.HasOne<PlatformRegistration>().WithMany().HasForeignKey(p => p.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlatformDeployment>().WithMany().HasForeignKey(p => p.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(p => p.LiaisonUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Courses).WithOne().HasForeignKey(c => c.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Contacts).WithOne().HasForeignKey(c => c.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.RegistrationId, p.DeploymentId, p.Organisation });
        builder.Property(p => p.Organisation).HasMaxLength(200);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Website).HasMaxLength(500);
        builder.Property(p => p.NeedsAnalysis).HasMaxLength(4000);
    }
}
