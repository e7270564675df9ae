namespace LtiPathways.LtiTool.Lti.DeepLinking;

/// <summary>The lineItem of an ltiResourceLink: asks the platform to create a gradebook column (Deep Linking 2.0 section 3.2).</summary>
public record ContentItemLineItem(string Label, decimal ScoreMaximum, string ResourceId, string Tag);
