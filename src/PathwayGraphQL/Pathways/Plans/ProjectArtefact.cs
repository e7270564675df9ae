namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

/// <summary>
/// One piece of the Reflective Project. <see cref="Kind"/> is the template's artefact key ("proposal",
/// "planning-and-progress-form", "final-submission"); <see cref="SubmissionId"/> links the handed-in work when there is one.
/// </summary>
public sealed record ProjectArtefact(Guid Id, string Kind, string Title, DateOnly? CompletedOn, Guid? SubmissionId) : IPlanItem;
