using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Pathways;

public class PathwayPlanConfiguration : IEntityTypeConfiguration<PathwayPlan>
{
    public void Configure(EntityTypeBuilder<PathwayPlan> builder)
    {
        builder.HasOne<PlatformRegistration>().WithMany().HasForeignKey(p => p.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlatformDeployment>().WithMany().HasForeignKey(p => p.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(p => p.StudentUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.RegistrationId, p.DeploymentId, p.StudentUserId }).IsUnique();
        builder.Property(p => p.TemplateKey).HasMaxLength(100);
        // A Guid token set by the code on every save works the same on SQLite and PostgreSQL (no rowversion there).
        builder.Property(p => p.Concurrency).IsConcurrencyToken();
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.SignOffs).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Comments).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
