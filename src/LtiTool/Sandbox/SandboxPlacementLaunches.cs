namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The launch buttons for links placed in the sandbox course (by deep linking or the demo assignment).</summary>
public static class SandboxPlacementLaunches
{
    public static IEnumerable<SandboxLaunch> For(SandboxAddresses addresses, SandboxGradebook gradebook, bool offerStorage) =>
        gradebook.Placements.Values.OrderBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.ResourceLinkId, StringComparer.Ordinal).SelectMany(placement =>
            new[] { "teacher", "student" }.Select(person => new SandboxLaunch(
                $"Open “{placement.Title}” as {person}",
                SandboxLaunchLinks.LoginUrl(addresses, SandboxCourse.Find(person)!, "LtiResourceLinkRequest",
                    offerStorage: offerStorage, resourceLinkId: placement.ResourceLinkId))));
}
