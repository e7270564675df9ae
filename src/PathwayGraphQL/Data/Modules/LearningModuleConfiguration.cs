using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Modules;

public class LearningModuleConfiguration : IEntityTypeConfiguration<LearningModule>
{
    public void Configure(EntityTypeBuilder<LearningModule> builder)
    {
        builder.HasIndex(m => new { m.RegistrationId, m.DeploymentId, m.Key }).IsUnique();
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(m => m.UpdatedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Key).HasMaxLength(60);
        builder.Property(m => m.Title).HasMaxLength(120);
    }
}
