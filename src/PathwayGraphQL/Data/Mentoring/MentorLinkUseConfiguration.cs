using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

public class MentorLinkUseConfiguration : IEntityTypeConfiguration<MentorLinkUse>
{
    public void Configure(EntityTypeBuilder<MentorLinkUse> builder)
    {
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(u => u.StudentUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.MentorLinkId, u.At });
        builder.Property(u => u.What).HasMaxLength(500);
    }
}
