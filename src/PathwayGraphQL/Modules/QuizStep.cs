using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>A short quiz: passed with at least <see cref="PassPercentage"/> of its questions right; it may be tried again.</summary>
public sealed record QuizStep(string Id, string Title, int PassPercentage, ValueList<QuizQuestion> Questions) : ModuleStep(Id, Title)
{
    public QuizQuestion? Find(string questionId) => Questions.FirstOrDefault(q => q.Id == questionId);
}
