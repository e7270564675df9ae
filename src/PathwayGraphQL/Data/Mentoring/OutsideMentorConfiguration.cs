using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

public class OutsideMentorConfiguration : IEntityTypeConfiguration<OutsideMentor>
{
    public void Configure(EntityTypeBuilder<OutsideMentor> builder)
    {
        builder.HasOne<PlatformRegistration>().WithMany().HasForeignKey(m => m.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlatformDeployment>().WithMany().HasForeignKey(m => m.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(m => m.AddedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.UserId).IsUnique();
        // One record per e-mail at an institution: adding the same mentor for a second student reuses it.
        builder.HasIndex(m => new { m.RegistrationId, m.DeploymentId, m.Email }).IsUnique();
        builder.Property(m => m.Email).HasMaxLength(320);
        builder.Property(m => m.Organisation).HasMaxLength(200);
    }
}
