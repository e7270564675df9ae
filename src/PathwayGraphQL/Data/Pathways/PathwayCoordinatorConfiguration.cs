using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Pathways;

public class PathwayCoordinatorConfiguration : IEntityTypeConfiguration<PathwayCoordinator>
{
    public void Configure(EntityTypeBuilder<PathwayCoordinator> builder)
    {
        builder.HasOne<PlatformRegistration>().WithMany().HasForeignKey(c => c.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlatformDeployment>().WithMany().HasForeignKey(c => c.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(c => c.AddedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.RegistrationId, c.DeploymentId, c.UserId }).IsUnique();
    }
}
