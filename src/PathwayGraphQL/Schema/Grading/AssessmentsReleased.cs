using LtiPathways.PathwayGraphQL.Grading;
using LtiPathways.PathwayGraphQL.Schema.Assignments;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

/// <summary>What a release did, and the assignment, to read its assessments and grade deliveries again.</summary>
public sealed record AssessmentsReleased(int Released, int LeftAsDrafts, GradebookColumnResult Column, AssignmentNode Assignment);
