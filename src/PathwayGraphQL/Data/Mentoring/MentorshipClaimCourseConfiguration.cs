using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

public class MentorshipClaimCourseConfiguration : IEntityTypeConfiguration<MentorshipClaimCourse>
{
    public void Configure(EntityTypeBuilder<MentorshipClaimCourse> builder)
    {
        builder.HasIndex(c => new { c.MentorshipId, c.CourseId }).IsUnique();
        builder.HasOne(c => c.Course).WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
    }
}
