using LtiPathways.PathwayGraphQL.Data.Courses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

public class CommentBankEntryConfiguration : IEntityTypeConfiguration<CommentBankEntry>
{
    public void Configure(EntityTypeBuilder<CommentBankEntry> builder)
    {
        builder.ToTable("CommentBank");
        builder.HasOne<LtiUser>().WithMany().HasForeignKey(c => c.OwnerUserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Text).HasMaxLength(2000);
        builder.HasIndex(c => c.OwnerUserId);
    }
}
