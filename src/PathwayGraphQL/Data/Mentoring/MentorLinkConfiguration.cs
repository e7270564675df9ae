using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

public class MentorLinkConfiguration : IEntityTypeConfiguration<MentorLink>
{
    public void Configure(EntityTypeBuilder<MentorLink> builder)
    {
        builder.HasOne(l => l.OutsideMentor).WithMany().HasForeignKey(l => l.OutsideMentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(l => l.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(l => l.RevokedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasMany(l => l.Uses).WithOne().HasForeignKey(u => u.MentorLinkId).OnDelete(DeleteBehavior.Cascade);
    }
}
