using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Pathways;

public class CareerExplorationConfiguration : IEntityTypeConfiguration<CareerExploration>
{
    public void Configure(EntityTypeBuilder<CareerExploration> builder)
    {
        builder.HasOne<PlatformRegistration>().WithMany().HasForeignKey(e => e.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlatformDeployment>().WithMany().HasForeignKey(e => e.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(e => e.StudentUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.RegistrationId, e.DeploymentId, e.StudentUserId }).IsUnique();
        builder.Property(e => e.InterestCode).HasMaxLength(3);
    }
}
