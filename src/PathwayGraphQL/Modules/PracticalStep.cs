namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>
/// A task done away from the screen: the student hands in what they did (a description, a link), and an advisor marks it
/// with the shipped rubric <see cref="RubricKey"/>; it counts as done at <see cref="PassPercentage"/> or more.
/// </summary>
public sealed record PracticalStep(string Id, string Title, string Instructions, string RubricKey, int PassPercentage) : ModuleStep(Id, Title);
