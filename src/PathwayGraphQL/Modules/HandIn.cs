namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>What a student hands in for a practical task: what they did, and a link to a photo, document or video of it.</summary>
public sealed record HandIn(string StepId, string Text, string? Link, DateTimeOffset HandedInAt);
