using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Validation;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>The core's answers to a plan change as GraphQL errors: a code in <c>extensions.code</c>, and where it helps, the input field or the version.</summary>
public static class PlanChangeErrors
{
    public static readonly ExtendedError ApiTokensDoNotEditPlans = new(
        "A plan's goals, milestones, reflections and hours are the student's to change, and signatures are people's; "
        + "a read-write API token may waive a requirement, as a coordinator does.",
        "FORBIDDEN");

    public static ExtendedError Refused(Refusal refusal, string? field = null) => new(refusal.Sentence, refusal.Code switch
    {
        RefusalCode.NotFound => "NOT_FOUND",
        RefusalCode.Forbidden => "FORBIDDEN",
        RefusalCode.Invalid => "INVALID",
        // The plan commands say Conflict only when the plan moved on from the version the change was made on.
        RefusalCode.Conflict => "VERSION_CONFLICT",
        RefusalCode.TooLarge => "TOO_LARGE",
        _ => "DECLINED",
    }, field is null ? null : new Dictionary<string, object?> { ["field"] = field });

    public static ExtendedError NoSuchItem(string field, string id) =>
        new($"This plan has no item with the id {id}; read the plan again for its current items.", "NOT_FOUND", new Dictionary<string, object?> { ["field"] = field });

    /// <summary>Someone saved first: nothing was stored, the change is still the caller's to send again on the new version.</summary>
    public static ExtendedError Conflict(PlanSaveResult.Conflict conflict) => new(conflict.Sentence, "VERSION_CONFLICT", new Dictionary<string, object?>
    {
        ["expectedVersion"] = conflict.YourBaseVersion,
        ["currentVersion"] = conflict.Theirs.VersionNumber,
        ["theirChanges"] = conflict.TheirChanges.ToList(),
    });

    /// <summary>
    /// The validator's problems, each with its field: the input's own (<c>input.targetDate</c>) when it is about the changed
    /// item, otherwise the plan's (<c>plan.milestones[0].goalId</c>, e.g. a milestone left pointing at a removed goal).
    /// </summary>
    public static IEnumerable<ExtendedError> Invalid(ValueList<Problem> problems, string? itemPath) => problems.Select(problem =>
        new ExtendedError(problem.Message, "INVALID", new Dictionary<string, object?> { ["field"] = Field(problem.Path, itemPath) }));

    private static string Field(string? path, string? itemPath) =>
        path is null ? "input"
        : itemPath is not null && path == itemPath ? "input"
        : itemPath is not null && path.StartsWith(itemPath + ".", StringComparison.Ordinal) ? "input." + path[(itemPath.Length + 1)..]
        : "plan." + path;
}
