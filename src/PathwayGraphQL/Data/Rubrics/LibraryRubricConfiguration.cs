using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

public class LibraryRubricConfiguration : IEntityTypeConfiguration<LibraryRubric>
{
    public void Configure(EntityTypeBuilder<LibraryRubric> builder)
    {
        builder.ToTable("Rubrics");
        builder.HasOne<PlatformDeployment>().WithMany().HasForeignKey(r => r.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Title).HasMaxLength(500);
        builder.Property(r => r.TemplateKey).HasMaxLength(200);
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.RubricId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.RegistrationId, r.DeploymentId, r.CourseId });
    }
}
