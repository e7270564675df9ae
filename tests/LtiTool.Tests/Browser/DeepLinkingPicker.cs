using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>The tool's deep linking picker, found as a teacher finds it: by group legends and labels.</summary>
public sealed class DeepLinkingPicker(ILocator document)
{
    public ILocator Kind(string label) =>
        document.GetByRole(AriaRole.Group, new() { Name = "What to add" }).GetByLabel(label, new() { Exact = true });

    public ILocator Assessed => document.GetByRole(AriaRole.Group, new() { Name = "Assessed assignment" });

    // The planner and dashboard fieldsets have a Title of their own.
    public ILocator Title => Assessed.GetByLabel("Title", new() { Exact = true });

    public ILocator Instructions => Assessed.GetByLabel("Instructions", new() { Exact = true });

    public ILocator SubmissionType(string label) =>
        document.GetByRole(AriaRole.Group, new() { Name = "Students may submit" }).GetByLabel(label, new() { Exact = true });

    public ILocator Rubric => Assessed.GetByLabel("Rubric", new() { Exact = true });

    public ILocator Points => Assessed.GetByLabel("Points possible", new() { Exact = true });

    public ILocator AddToCourse => document.GetByRole(AriaRole.Button, new() { Name = "Add to course" });

    /// <summary>Fills in an assessed assignment; the types are submission type labels such as "Video".</summary>
    public async Task FillAssessedAsync(string title, string points, params string[] types)
    {
        await Kind("An assessed assignment").CheckAsync();
        await Title.FillAsync(title);
        await Instructions.FillAsync("Reflect on what you learned during your placement.");
        foreach (var type in types)
        {
            await SubmissionType(type).CheckAsync();
        }

        await Points.FillAsync(points);
    }
}
