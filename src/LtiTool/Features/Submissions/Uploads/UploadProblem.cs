using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Outcomes;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>Why an upload request was refused: the status and a sentence for the student.</summary>
public record UploadProblem(int Status, string Sentence)
{
    /// <summary>A refusal of the school core, with the status every endpoint gives it.</summary>
    public static UploadProblem Of(Refusal refusal) => new(refusal.StatusCode(), refusal.Sentence);

    public IResult ToResult() => TypedResults.Text(Sentence, "text/plain; charset=utf-8", statusCode: Status);
}
