using LtiPathways.PathwayGraphQL.Data.Assignments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LtiPathways.PathwayGraphQL.Data.Submissions;

public class SubmissionPolicyConfiguration : IEntityTypeConfiguration<SubmissionPolicy>
{
    public void Configure(EntityTypeBuilder<SubmissionPolicy> builder)
    {
        builder.HasKey(p => p.AssignmentId);
        builder.HasOne<Assignment>().WithOne().HasForeignKey<SubmissionPolicy>(p => p.AssignmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
