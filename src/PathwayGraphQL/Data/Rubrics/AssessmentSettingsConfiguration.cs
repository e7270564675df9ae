using LtiPathways.PathwayGraphQL.Data.Assignments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

public class AssessmentSettingsConfiguration : IEntityTypeConfiguration<AssessmentSettings>
{
    public void Configure(EntityTypeBuilder<AssessmentSettings> builder)
    {
        builder.HasKey(s => s.AssignmentId);
        builder.HasOne<Assignment>().WithOne().HasForeignKey<AssessmentSettings>(s => s.AssignmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<LibraryRubric>().WithMany().HasForeignKey(s => s.RubricId).OnDelete(DeleteBehavior.Restrict);
    }
}
