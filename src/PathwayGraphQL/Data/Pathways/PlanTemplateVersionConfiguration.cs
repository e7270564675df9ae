using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Pathways;

public class PlanTemplateVersionConfiguration : IEntityTypeConfiguration<PlanTemplateVersion>
{
    public void Configure(EntityTypeBuilder<PlanTemplateVersion> builder)
    {
        builder.HasOne<PlatformRegistration>().WithMany().HasForeignKey(t => t.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlatformDeployment>().WithMany().HasForeignKey(t => t.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(t => t.SavedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.RegistrationId, t.DeploymentId, t.Key, t.Version }).IsUnique();
        builder.Property(t => t.Key).HasMaxLength(100);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Programme).HasConversion<string>().HasMaxLength(20);
    }
}
