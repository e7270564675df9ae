namespace LtiPathways.PathwayGraphQL.Library;

/// <summary>A rubric file a teacher sent: its name, its size as declared, and a way to read it.</summary>
public sealed record RubricUpload(string FileName, long Length, Func<Stream> Open);
