using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Submissions;

public class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.HasOne<Assignment>().WithMany().HasForeignKey(s => s.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(s => s.StudentUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.AssignmentId, s.StudentUserId, s.Attempt }).IsUnique();
        builder.HasIndex(s => new { s.CourseId, s.AssignmentId, s.Status });
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.EssayMarkdown).HasMaxLength(200_000);
        builder.Property(s => s.EssayHtml).HasMaxLength(400_000);
        builder.Property(s => s.LinkUrl).HasMaxLength(2000);
        builder.Property(s => s.LinkTitle).HasMaxLength(300);
        builder.Property(s => s.LinkDescription).HasMaxLength(2000);
        builder.HasMany(s => s.Files).WithOne(f => f.Submission).HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}
