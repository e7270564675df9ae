using LtiPathways.PathwayGraphQL.Data.Api;
using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Pathways;

public class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(v => v.SavedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApiToken>().WithMany().HasForeignKey(v => v.SavedByApiTokenId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_PlanVersions_SavedBy", "\"SavedByUserId\" IS NOT NULL OR \"SavedByApiTokenId\" IS NOT NULL"));
        // Two writers who both passed the concurrency check still cannot store the same version number twice.
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
    }
}
