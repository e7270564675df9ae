using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Submissions;

public class SubmissionAccommodationConfiguration : IEntityTypeConfiguration<SubmissionAccommodation>
{
    public const int MaxNote = 1000;

    public void Configure(EntityTypeBuilder<SubmissionAccommodation> builder)
    {
        builder.HasOne<Assignment>().WithMany().HasForeignKey(a => a.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(a => a.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(a => a.StudentUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(a => a.SetByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.AssignmentId, a.StudentUserId }).IsUnique();
        builder.HasIndex(a => new { a.CourseId, a.AssignmentId });
        builder.Property(a => a.ExtraTypes).HasMaxLength(200);
        builder.Property(a => a.Note).HasMaxLength(MaxNote);
    }
}
