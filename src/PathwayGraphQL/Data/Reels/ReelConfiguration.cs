using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Reels;

public class ReelConfiguration : IEntityTypeConfiguration<Reel>
{
    public void Configure(EntityTypeBuilder<Reel> builder)
    {
        builder.HasOne<PlatformDeployment>().WithMany().HasForeignKey(r => r.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PathwayPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(r => r.StudentUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.PlanId).IsUnique();
        builder.HasMany(r => r.Slides).WithOne().HasForeignKey(s => s.ReelId).OnDelete(DeleteBehavior.Cascade);
    }
}
