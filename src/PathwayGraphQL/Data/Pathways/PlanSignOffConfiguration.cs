using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Pathways;

public class PlanSignOffConfiguration : IEntityTypeConfiguration<PlanSignOff>
{
    public void Configure(EntityTypeBuilder<PlanSignOff> builder)
    {
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(s => s.PersonUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PlanId, s.VersionNumber });
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Name).HasMaxLength(200);
    }
}
