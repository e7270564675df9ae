using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;
using LtiPathways.PathwayGraphQL.Schema.Limits;

namespace LtiPathways.PathwayGraphQL.Schema.Paging;

/// <summary>
/// One page of a connection, read from <c>first</c> and <c>after</c>. Cursors are opaque positions in the list's fixed
/// order; they carry no database id.
/// </summary>
public sealed record Page(int Offset, int Size)
{
    private const string CursorPrefix = "after:";

    /// <summary>Reads the field's arguments; a page over the cap, a negative size or a cursor of ours it is not is a field error.</summary>
    public static Page From(IResolveFieldContext context, GraphQLOptions limits)
    {
        var first = context.GetArgument<int?>("first") ?? limits.DefaultPageSize;
        if (first < 0 || first > limits.MaxPageSize)
        {
            throw new ExecutionError(string.Create(CultureInfo.InvariantCulture,
                $"first must be between 0 and {limits.MaxPageSize}; it was {first}. Page through with after.")) { Code = "PAGE_SIZE" };
        }

        var after = context.GetArgument<string?>("after");
        if (after is null)
        {
            return new Page(0, first);
        }

        return Position(after) is { } position
            ? new Page(position + 1, first)
            : throw new ExecutionError("after is not a cursor this API gave out; use a pageInfo.endCursor from an earlier answer.") { Code = "BAD_CURSOR" };
    }

    public static string Cursor(int position) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(CursorPrefix + position.ToString(CultureInfo.InvariantCulture)));

    private static int? Position(string cursor)
    {
        if (cursor.Length > 40 || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
        return text.StartsWith(CursorPrefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : null;
    }
}
