using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Assessments.Marking;

/// <summary>Each teacher's reusable comments.</summary>
public class CommentBank(PathwaysDbContext db, TimeProvider clock)
{
    public const int MaxLength = 2000;

    /// <summary>The saved comment (an identical one already saved is the same entry).</summary>
    public async Task<Outcome<CommentBankEntry>> AddAsync(Viewer teacher, string? text, CancellationToken cancellationToken)
    {
        if (!teacher.IsStaff)
        {
            return Refusal.Forbidden("Only teachers keep a comment bank.");
        }
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return Refusal.Invalid("Type the comment first, then save it to your bank.");
        }
        if (trimmed.Length > MaxLength)
        {
            return Refusal.Invalid($"Keep saved comments under {MaxLength} characters.");
        }
        var existing = await db.CommentBank.FirstOrDefaultAsync(c => c.OwnerUserId == teacher.PersonId && c.Text == trimmed, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }
        var entry = new CommentBankEntry { OwnerUserId = teacher.PersonId, Text = trimmed, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.CommentBank.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }
}
