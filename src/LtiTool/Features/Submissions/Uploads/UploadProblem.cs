namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>Why an upload request was refused: the status and a sentence for the student.</summary>
public record UploadProblem(int Status, string Sentence)
{
    public IResult ToResult() => TypedResults.Text(Sentence, "text/plain; charset=utf-8", statusCode: Status);
}
