namespace LtiPathways.LtiTool.Features.Submissions.Playback;

/// <summary>One caption cue as the transcript lists it: where it starts and ends (seconds) and its words without markup.</summary>
public record TranscriptCue(double Start, double End, string Text);
