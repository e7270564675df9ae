using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Modules;

public class ModuleEnrolmentConfiguration : IEntityTypeConfiguration<ModuleEnrolment>
{
    public void Configure(EntityTypeBuilder<ModuleEnrolment> builder)
    {
        builder.HasIndex(e => new { e.ModuleId, e.StudentUserId }).IsUnique();
        builder.HasIndex(e => e.StudentUserId);
        builder.HasOne<LearningModule>().WithMany().HasForeignKey(e => e.ModuleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(e => e.StudentUserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Concurrency).IsConcurrencyToken();
    }
}
