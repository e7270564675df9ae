using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Submissions;

public class MediaCommentConfiguration : IEntityTypeConfiguration<MediaComment>
{
    public const int MaxText = 2000;
    public const int MaxCriterion = 100;

    public void Configure(EntityTypeBuilder<MediaComment> builder)
    {
        builder.HasOne<SubmissionFile>().WithMany().HasForeignKey(c => c.SubmissionFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(c => c.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Text).HasMaxLength(MaxText);
        builder.Property(c => c.CriterionId).HasMaxLength(MaxCriterion);
        builder.HasIndex(c => new { c.SubmissionFileId, c.Seconds });
    }
}
