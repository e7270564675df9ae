using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Partnerships;

public class PartnershipMeetingConfiguration : IEntityTypeConfiguration<PartnershipMeeting>
{
    public void Configure(EntityTypeBuilder<PartnershipMeeting> builder)
    {
        builder.HasOne<PartnershipProvider>().WithMany().HasForeignKey(m => m.ProviderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(m => m.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ProviderId, m.HeldOn });
        builder.Property(m => m.Attendees).HasMaxLength(1000);
        builder.Property(m => m.Notes).HasMaxLength(4000);
    }
}
