using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Grading;

public class ScoreOutboxEntryConfiguration : IEntityTypeConfiguration<ScoreOutboxEntry>
{
    public void Configure(EntityTypeBuilder<ScoreOutboxEntry> builder)
    {
        builder.ToTable("ScoreOutbox");
        builder.Property(e => e.LineItemUrl).HasMaxLength(2000);
        builder.Property(e => e.PlatformUserId).HasMaxLength(255);
        builder.Property(e => e.ActivityProgress).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.GradingProgress).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Work).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.LastError).HasMaxLength(2000);
        builder.Property(e => e.LeaseOwner).HasMaxLength(200);
        builder.HasIndex(e => new { e.Status, e.NextAttemptAt });
        builder.HasIndex(e => new { e.LineItemUrl, e.UserId, e.Timestamp });
        builder.HasIndex(e => new { e.CourseId, e.AssignmentId, e.UserId });
    }
}
