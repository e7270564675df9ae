namespace LtiPathways.LtiTool.Tests.Browser;

/// <summary>A chromium with a fake camera and microphone whose permission prompts are answered yes.</summary>
public sealed class MediaBrowserFixture : BrowserFixture
{
    protected override IEnumerable<string> ExtraBrowserArgs => ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"];
}
