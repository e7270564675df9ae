using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Mentoring;

public class MentorNoteConfiguration : IEntityTypeConfiguration<MentorNote>
{
    public void Configure(EntityTypeBuilder<MentorNote> builder)
    {
        builder.HasOne<PlatformDeployment>().WithMany().HasForeignKey(n => n.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(n => n.StudentUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(n => n.MentorUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.RegistrationId, n.DeploymentId, n.StudentUserId, n.On });
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Text).HasMaxLength(4000);
    }
}
