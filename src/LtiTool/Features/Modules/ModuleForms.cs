namespace LtiPathways.LtiTool.Features.Modules;

/// <summary>How the module forms name their fields: a quiz question's options are checked under "answer-{question id}".</summary>
public static class ModuleForms
{
    public const string AnswerPrefix = "answer-";

    public static string AnswerField(string questionId) => AnswerPrefix + questionId;

    /// <summary>Every question answered in the form, with the options chosen; questions are those the form names, known or not.</summary>
    public static Dictionary<string, IReadOnlyCollection<string>> Answers(IFormCollection form) =>
        form.Keys.Where(k => k.StartsWith(AnswerPrefix, StringComparison.Ordinal) && k.Length > AnswerPrefix.Length)
            .ToDictionary(k => k[AnswerPrefix.Length..], k => (IReadOnlyCollection<string>)[.. form[k].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)]);

    /// <summary>The criterion → level choices of a rubric marking form ("level-{criterion id}").</summary>
    public static Dictionary<string, string> Levels(IFormCollection form) =>
        form.Keys.Where(k => k.StartsWith("level-", StringComparison.Ordinal)).ToDictionary(k => k["level-".Length..], k => form[k].ToString());
}
