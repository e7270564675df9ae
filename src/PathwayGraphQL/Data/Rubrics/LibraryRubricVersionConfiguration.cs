using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

public class LibraryRubricVersionConfiguration : IEntityTypeConfiguration<LibraryRubricVersion>
{
    public void Configure(EntityTypeBuilder<LibraryRubricVersion> builder)
    {
        builder.ToTable("RubricVersions");
        builder.HasIndex(v => new { v.RubricId, v.Number }).IsUnique();
    }
}
