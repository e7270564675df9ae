namespace LtiPathways.LtiTool.Media.Transcription;

/// <summary>
/// The place for automatic captions. None is registered today: students and teachers upload WebVTT or SRT. An
/// implementation (a local Whisper model, a cloud speech service) would be called by <see cref="MediaWorker"/> after
/// the playback copy is made and its WebVTT stored as a <c>CaptionTrack</c> labelled as automatic, for people to correct.
/// </summary>
public interface ITranscriber
{
    /// <summary>WebVTT text for the speech in a local audio or video file, in the language given (BCP 47).</summary>
    Task<string> TranscribeAsync(string mediaPath, string language, CancellationToken cancellationToken);
}
