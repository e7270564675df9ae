namespace LtiPathways.Architecture.Tests;

public class FeatureFolderRules
{
    // Uses between feature folders that close a cycle today: "X -> Y" means a type under Features.X uses one under
    // Features.Y and Y reaches back to X. Issue 12 (items 1, 2 and 4: the school core, thin pages, shared things in
    // one home) is to empty this list; the test asks for an entry's removal as soon as its cycle is gone.
    private static readonly string[] KnownCycles =
    [
    ];

    [Fact]
    public void Feature_folders_form_no_cycles_but_the_known_ones_and_those_only_shrink()
    {
        var cycles = FeatureFolderGraph.Read(ToolArchitecture.Model).EdgesInCycles()
            .ToDictionary(cycle => cycle.Key, cycle => $"{cycle.Key}: closes the cycle {cycle.Value}");

        Ratchet.Hold(cycles, KnownCycles,
            "Feature folders must not use each other in a circle (give what both need one home)",
            $"{nameof(FeatureFolderRules)}.{nameof(KnownCycles)}");
    }
}
