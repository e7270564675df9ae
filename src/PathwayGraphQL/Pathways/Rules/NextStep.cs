namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>One thing a student should do next: a sentence they understand, and the day it is due when there is one.</summary>
public sealed record NextStep(string Sentence, DateOnly? Due, bool Overdue);
