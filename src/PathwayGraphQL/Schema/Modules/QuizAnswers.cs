using GraphQL;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Modules;

/// <summary>A quiz's answers are shown to those who keep the modules and to API tokens, never to students or their advisors.</summary>
public static class QuizAnswers
{
    public static Task<bool> ShownAsync(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<ModuleReader>().ShowsAnswersAsync(ToolUserContext.CallerOf(context), context.CancellationToken);
}
