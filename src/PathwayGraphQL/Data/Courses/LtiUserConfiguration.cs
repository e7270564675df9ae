using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Courses;

public class LtiUserConfiguration : IEntityTypeConfiguration<LtiUser>
{
    public void Configure(EntityTypeBuilder<LtiUser> builder)
    {
        builder.ToTable("Users");
        builder.HasOne(u => u.Registration).WithMany().HasForeignKey(u => u.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.RegistrationId, u.Subject }).IsUnique();
        builder.Property(u => u.Subject).HasMaxLength(255);
        builder.Property(u => u.Name).HasMaxLength(300);
        builder.Property(u => u.GivenName).HasMaxLength(200);
        builder.Property(u => u.FamilyName).HasMaxLength(200);
        builder.Property(u => u.Email).HasMaxLength(320);
    }
}
