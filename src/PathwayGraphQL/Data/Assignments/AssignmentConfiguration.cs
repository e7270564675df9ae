using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Assignments;

public class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.HasOne<Course>().WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Title).HasMaxLength(500);
        builder.Property(a => a.SubmissionTypes).HasMaxLength(200);
        builder.Property(a => a.Rubric).HasMaxLength(200);
        builder.Property(a => a.PointsPossible).HasPrecision(9, 2);
        builder.HasIndex(a => a.CourseId);
    }
}
