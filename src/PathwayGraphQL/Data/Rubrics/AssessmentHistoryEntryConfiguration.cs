using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

public class AssessmentHistoryEntryConfiguration : IEntityTypeConfiguration<AssessmentHistoryEntry>
{
    public void Configure(EntityTypeBuilder<AssessmentHistoryEntry> builder)
    {
        builder.ToTable("AssessmentHistory");
        builder.HasOne<RubricAssessment>().WithMany().HasForeignKey(h => h.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(h => h.OverallComment).HasMaxLength(10000);
        builder.Property(h => h.Reason).HasMaxLength(200);
        builder.HasIndex(h => h.AssessmentId);
    }
}
