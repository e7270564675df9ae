using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Pathways;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Submissions;

public class UploadSessionConfiguration : IEntityTypeConfiguration<UploadSession>
{
    public void Configure(EntityTypeBuilder<UploadSession> builder)
    {
        builder.HasOne<Assignment>().WithMany().HasForeignKey(u => u.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PathwayPlan>().WithMany().HasForeignKey(u => u.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(u => u.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(u => u.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.OriginalName).HasMaxLength(255);
        builder.HasIndex(u => new { u.Status, u.ExpiresAt });
    }
}
