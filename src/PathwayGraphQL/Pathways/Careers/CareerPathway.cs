using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>
/// A pathway (a sub-cluster of the national framework): what it is, jobs it leads to, certifications students
/// commonly earn, IB DP subjects that prepare for it and the interest types it suits, strongest first.
/// </summary>
public sealed record CareerPathway(
    string Name,
    string Description,
    ValueList<string> ExampleOccupations,
    ValueList<string> Certifications,
    ValueList<string> IbSubjects,
    InterestCode Interests);
