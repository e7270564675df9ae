namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>One thing wrong with what a coordinator entered: the input it concerns and a sentence saying what to change.</summary>
public sealed record InputProblem(string Field, string Sentence);
