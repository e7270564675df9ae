using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Modules;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LtiPathways.LtiTool.Features.Modules;

/// <summary>Renders the module pages for a session with a fresh token; a refusal keeps its status and sentence.</summary>
public sealed class ModulePages(ModuleLearning learning, ModuleMarking marking, SessionTokenIssuer sessions)
{
    public async Task<IResult> ModuleAsync(ToolSession session, string key, string? notice, CancellationToken cancellationToken)
    {
        var module = await learning.OpenAsync(session.Viewer, key, cancellationToken);
        return module.Succeeded
            ? new RazorComponentResult<ModulePage>(new { Module = module.Value, SessionToken = await sessions.IssueAsync(session, cancellationToken), Notice = notice })
            : module.Refusal.AsPage();
    }

    public async Task<IResult> StepAsync(
        ToolSession session, string key, string stepId, CancellationToken cancellationToken, Func<StepPageView, StepPageView>? with = null, int status = StatusCodes.Status200OK)
    {
        var module = await learning.OpenAsync(session.Viewer, key, cancellationToken);
        if (!module.Succeeded)
        {
            return module.Refusal.AsPage();
        }
        if (module.Value.Step(stepId) is not { } step)
        {
            return Refusal.NotFound($"{module.Value.Module.Title} has no such step.").AsPage();
        }
        var view = new StepPageView(module.Value, step, await sessions.IssueAsync(session, cancellationToken));
        return new RazorComponentResult<StepPage>(new { View = with is null ? view : with(view) }) { StatusCode = status };
    }

    public async Task<IResult> StudentAsync(
        ToolSession session, string key, Guid studentId, string? notice, CancellationToken cancellationToken, Refusal? refusal = null)
    {
        var opened = await marking.OpenAsync(session.Viewer, studentId, key, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal.AsPage();
        }
        return new RazorComponentResult<StudentModulePage>(new
        {
            opened.Value.Module, CanMark = opened.Value.Capacity is PlanCapacity.Advisor or PlanCapacity.Coordinator,
            SessionToken = await sessions.IssueAsync(session, cancellationToken), Notice = notice,
            Errors = refusal is null ? [] : Errors(refusal, "mark"),
        }) { StatusCode = refusal?.StatusCode() ?? StatusCodes.Status200OK };
    }

    public async Task<IResult> RedirectAsync(ToolSession session, string path, CancellationToken cancellationToken) =>
        ToolLinks.RedirectWithSession(path, await sessions.IssueAsync(session, cancellationToken));

    /// <summary>A refusal's problems as form errors, each beside its field ("{prefix}-{path}"), or the sentence at the form.</summary>
    public static IReadOnlyList<FormError> Errors(Refusal refusal, string prefix) =>
        refusal.Problems.Count == 0
            ? [new FormError(prefix, refusal.Sentence)]
            : [.. refusal.Problems.Select(p => new FormError(p.Path is { } path ? $"{prefix}-{path}" : prefix, p.Message))];
}
