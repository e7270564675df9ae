namespace LtiPathways.LtiTool.Shared;

/// <summary>One problem with what the teacher entered: the field's id (for the error summary link) and a sentence.</summary>
public record FormError(string Field, string Sentence);
