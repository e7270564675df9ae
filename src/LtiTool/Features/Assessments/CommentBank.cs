using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>Each teacher's reusable comments.</summary>
public class CommentBank(PathwaysDbContext db, TimeProvider clock)
{
    public const int MaxLength = 2000;

    public async Task<(CommentBankEntry? Entry, string? Problem)> AddAsync(ToolSession teacher, string? text, CancellationToken cancellationToken)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return (null, "Type the comment first, then save it to your bank.");
        }
        if (trimmed.Length > MaxLength)
        {
            return (null, $"Keep saved comments under {MaxLength} characters.");
        }
        var existing = await db.CommentBank.FirstOrDefaultAsync(c => c.OwnerUserId == teacher.UserId && c.Text == trimmed, cancellationToken);
        if (existing is not null)
        {
            return (existing, null);
        }
        var entry = new CommentBankEntry { OwnerUserId = teacher.UserId, Text = trimmed, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.CommentBank.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return (entry, null);
    }
}
