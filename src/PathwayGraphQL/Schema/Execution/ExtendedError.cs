using GraphQL;

namespace LtiPathways.PathwayGraphQL.Schema.Execution;

/// <summary>A field error with its code and more machine-readable entries beside it in <c>extensions</c> (a field path, a version).</summary>
public sealed class ExtendedError : ExecutionError
{
    public ExtendedError(string message, string code, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            this.AddExtension(key, value);
        }
    }
}
