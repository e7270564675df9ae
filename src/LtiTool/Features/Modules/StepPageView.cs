using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Modules;

namespace LtiPathways.LtiTool.Features.Modules;

/// <summary>
/// One step as the student works on it. After a quiz is handed in, <see cref="Result"/> holds the feedback on every
/// answer; after one answer is checked without script, <see cref="Checked"/> holds its feedback. What was chosen or
/// typed is kept in <see cref="Answers"/> and <see cref="Input"/>, so a refused form loses nothing.
/// </summary>
public sealed record StepPageView(StudentModule Module, ModuleStep Step, string SessionToken)
{
    public QuizResult? Result { get; init; }
    public AnswerFeedback? Checked { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> Answers { get; init; } = new Dictionary<string, IReadOnlyCollection<string>>();
    public IReadOnlyDictionary<string, string> Input { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<FormError> Errors { get; init; } = [];

    public string Key => Module.Module.Key;

    public StepState State => Module.Progress.StateOf(Step);

    public int Number => Module.Module.IndexOf(Step) + 1;

    public bool Chose(string questionId, string optionId) => Answers.TryGetValue(questionId, out var chosen) && chosen.Contains(optionId);

    public AnswerFeedback? FeedbackFor(string questionId) =>
        Result?.Feedback.FirstOrDefault(f => f.QuestionId == questionId) ?? (Checked?.QuestionId == questionId ? Checked : null);

    public string Link(string path) => ModulePaths.WithSession(path, SessionToken);
}
