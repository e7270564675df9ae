using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Courses;

public class CourseMembershipConfiguration : IEntityTypeConfiguration<CourseMembership>
{
    public void Configure(EntityTypeBuilder<CourseMembership> builder)
    {
        builder.ToTable("Memberships");
        builder.HasIndex(m => new { m.CourseId, m.UserId }).IsUnique();
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(40);
    }
}
