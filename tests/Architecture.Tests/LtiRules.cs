namespace LtiPathways.Architecture.Tests;

public class LtiRules
{
    private const string Lti = $"{ToolArchitecture.LtiTool}.Lti";
    private const string Features = $"{ToolArchitecture.LtiTool}.Features";

    // Today's exceptions, "Lti type -> Features type"; the list only shrinks.
    private static readonly string[] KnownUsesOfFeatures = [];

    [Fact]
    public void Lti_never_depends_on_Features()
    {
        var uses = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in ToolArchitecture.Model.Types.Where(type => InOrBelow(type.Namespace?.FullName, Lti)))
        {
            foreach (var target in type.Dependencies.Select(dependency => dependency.Target)
                .Where(target => InOrBelow(target.Namespace?.FullName, Features)))
            {
                var use = $"{Outermost(type.FullName)} -> {Outermost(target.FullName)}";
                uses[use] = $"\"{use}\"";
            }
        }

        Ratchet.Hold(uses, KnownUsesOfFeatures,
            "Lti/ serves every feature and must not use Features/ (pass what it needs in as an interface or a value)",
            $"{nameof(LtiRules)}.{nameof(KnownUsesOfFeatures)}");
    }

    private static bool InOrBelow(string? ns, string root) =>
        ns is not null && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal));

    // Lambdas and async methods compile to nested types; the reader looks for the type they were written in.
    private static string Outermost(string fullName) => fullName.Split('+', '/')[0];
}
