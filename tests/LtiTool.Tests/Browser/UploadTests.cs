using System.Text;
using Microsoft.Playwright;

namespace LtiPathways.LtiTool.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class UploadTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>The frame is a third party to the course page, and the browser blocks its localStorage.</summary>
    [Fact]
    public Task A_student_uploads_a_file_in_the_frame_where_the_browser_blocks_the_tool_storage() => browser.RunAsync(async run =>
    {
        var sandbox = run.Sandbox;
        const string title = "Portfolio evidence";
        await sandbox.OpenAsync();
        await sandbox.PlaceAssessedAsync(title, "10", "File upload");
        await sandbox.OpenSubmissionAsStudentAsync(title);
        var files = sandbox.ToolFrame.GetByRole(AriaRole.Region, new() { Name = "Files" });

        await files.GetByLabel("Choose a file").SetInputFilesAsync(new FilePayload
        {
            Name = "placement-log.pdf", MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
        });

        // The page reloads once the upload completes and lists the file from the server.
        await Assertions.Expect(files.GetByTestId("files").GetByRole(AriaRole.Link, new() { Name = "placement-log.pdf" })).ToBeVisibleAsync();
        await sandbox.ScreenshotAsync("submission-file-uploaded");
        await sandbox.ExpectAccessibleAsync("submission page with a file");
        Assert.Empty(sandbox.ScriptErrors);
    });
}
