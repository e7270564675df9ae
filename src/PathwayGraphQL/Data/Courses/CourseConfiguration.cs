using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Courses;

public class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.HasIndex(c => new { c.DeploymentId, c.ContextId }).IsUnique();
        builder.HasOne(c => c.Deployment).WithMany().HasForeignKey(c => c.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.ContextId).HasMaxLength(255);
        builder.Property(c => c.Title).HasMaxLength(500);
        builder.Property(c => c.Label).HasMaxLength(200);
        builder.Property(c => c.LineItemsUrl).HasMaxLength(2000);
        builder.Property(c => c.MembershipsUrl).HasMaxLength(2000);
        builder.Property(c => c.ServiceScopes).HasMaxLength(1000);
    }
}
