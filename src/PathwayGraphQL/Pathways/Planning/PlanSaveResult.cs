using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Planning;

/// <summary>
/// What a save did. A conflict is an answer, not a refusal: a refusal carries only a sentence, and the second writer
/// needs both versions to merge, so nothing they typed is lost.
/// </summary>
public abstract record PlanSaveResult
{
    private PlanSaveResult()
    {
    }

    /// <summary>The new version.</summary>
    public sealed record Saved(PlanSnapshot Plan) : PlanSaveResult;

    /// <summary>
    /// Someone saved first. <see cref="Theirs"/> is the plan as it now stands, <see cref="Yours"/> what this writer sent
    /// (not stored), <see cref="TheirChanges"/> what changed since the version this writer started from.
    /// </summary>
    public sealed record Conflict(PlanSnapshot Theirs, PlanDocument Yours, int YourBaseVersion, ValueList<string> TheirChanges, string Sentence)
        : PlanSaveResult;
}
