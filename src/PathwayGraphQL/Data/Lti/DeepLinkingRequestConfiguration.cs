using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Lti;

public class DeepLinkingRequestConfiguration : IEntityTypeConfiguration<DeepLinkingRequest>
{
    public void Configure(EntityTypeBuilder<DeepLinkingRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(100);
        builder.HasOne<Course>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.PlatformDeploymentId).HasMaxLength(255);
        builder.Property(r => r.ReturnUrl).HasMaxLength(2000);
        builder.Property(r => r.DataJson).HasMaxLength(8000);
        builder.Property(r => r.AcceptTypes).HasMaxLength(500);
        builder.Property(r => r.AcceptPresentationTargets).HasMaxLength(200);
        builder.Property(r => r.Title).HasMaxLength(500);
        builder.Property(r => r.Text).HasMaxLength(2000);
        builder.HasIndex(r => r.ExpiresAt);
    }
}
