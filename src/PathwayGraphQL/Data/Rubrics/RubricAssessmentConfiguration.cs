using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

public class RubricAssessmentConfiguration : IEntityTypeConfiguration<RubricAssessment>
{
    public void Configure(EntityTypeBuilder<RubricAssessment> builder)
    {
        builder.HasOne<Assignment>().WithMany().HasForeignKey(a => a.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(a => a.StudentUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LibraryRubric>().WithMany().HasForeignKey(a => a.RubricId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.OverallComment).HasMaxLength(10000);
        builder.Property(a => a.AveragedTotal).HasPrecision(12, 4);
        // A Guid token set by the code on every save works the same on SQLite and PostgreSQL (no rowversion there).
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.AssignmentId, a.StudentUserId, a.Kind, a.AssessorKey }).IsUnique();
    }
}
