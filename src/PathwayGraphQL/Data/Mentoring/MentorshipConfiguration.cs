using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

public class MentorshipConfiguration : IEntityTypeConfiguration<Mentorship>
{
    public void Configure(EntityTypeBuilder<Mentorship> builder)
    {
        builder.HasOne(m => m.Registration).WithMany().HasForeignKey(m => m.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Mentor).WithMany().HasForeignKey(m => m.MentorUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.RegistrationId, m.MentorUserId, m.MenteeSubject }).IsUnique();
        // Pathway planning asks the other way round: who mentors this student.
        builder.HasIndex(m => new { m.RegistrationId, m.MenteeSubject });
        builder.Property(m => m.MenteeSubject).HasMaxLength(255);
        builder.Property(m => m.Source).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(m => m.ClaimCourses).WithOne().HasForeignKey(c => c.MentorshipId).OnDelete(DeleteBehavior.Cascade);
    }
}
