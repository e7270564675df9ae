using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Grading;

public class GradeConfiguration : IEntityTypeConfiguration<Grade>
{
    public void Configure(EntityTypeBuilder<Grade> builder)
    {
        builder.HasOne<Assignment>().WithMany().HasForeignKey(g => g.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(g => g.StudentUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.AssignmentId, g.StudentUserId }).IsUnique();
        builder.Property(g => g.Points).HasPrecision(9, 2);
        builder.Property(g => g.Comment).HasMaxLength(10000);
    }
}
