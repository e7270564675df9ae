using LtiPathways.PathwayGraphQL.Data.Assignments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

public class ModerationRecordConfiguration : IEntityTypeConfiguration<ModerationRecord>
{
    public void Configure(EntityTypeBuilder<ModerationRecord> builder)
    {
        builder.ToTable("ModerationRecords");
        builder.HasOne<Assignment>().WithMany().HasForeignKey(m => m.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Choice).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.TotalA).HasPrecision(12, 4);
        builder.Property(m => m.TotalB).HasPrecision(12, 4);
        builder.Property(m => m.FinalTotal).HasPrecision(12, 4);
        builder.Property(m => m.Reason).HasMaxLength(2000);
        builder.HasIndex(m => new { m.AssignmentId, m.StudentUserId });
    }
}
