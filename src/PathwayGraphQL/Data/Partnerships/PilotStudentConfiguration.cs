using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

public class PilotStudentConfiguration : IEntityTypeConfiguration<PilotStudent>
{
    public void Configure(EntityTypeBuilder<PilotStudent> builder)
    {
        builder.HasOne<PartnershipProvider>().WithMany().HasForeignKey(p => p.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(p => p.StudentUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ProviderId, p.StudentUserId }).IsUnique();
    }
}
