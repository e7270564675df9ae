using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Modules;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// The demo school's modules, added through the core services as its coordinator would: the two shipped ones, with the
/// CTE plan template asking for the workplace safety module; the CTE student is two steps into it.
/// </summary>
public sealed class SandboxDemoModules(ModuleCatalogue catalogue, TemplateCommands templates, ModuleLearning learning)
{
    public const string SafetyModule = "workplace-safety";

    public static readonly RequirementDefinition SafetyRequirement = new()
    {
        Key = "workplace-safety-module", Name = "Workplace safety module", Kind = RequirementKind.ModuleCompleted,
        Parameters = new RequirementParameters { ModuleKey = SafetyModule },
    };

    /// <summary>Adds the modules and the requirement; before any plan starts, so the CTE template is edited in place.</summary>
    public async Task AddAsync(Viewer coordinator, CancellationToken cancellationToken)
    {
        foreach (var module in ShippedModules.All)
        {
            var saved = await catalogue.SaveAsync(coordinator, ModuleJson.Write(module), cancellationToken);
            if (!saved.Succeeded)
            {
                throw new InvalidOperationException($"The demo module {module.Key} does not save: {saved.Refusal.Sentence}");
            }
        }
        // Editing a template is an administrator's or listed coordinator's right; the demo's coordinator is neither yet.
        var administrator = coordinator with { Role = CourseRole.Admin };
        var cte = ShippedTemplates.CteIlp;
        var edited = await templates.EditAsync(administrator, cte with { Requirements = [.. cte.Requirements, SafetyRequirement] }, cancellationToken);
        if (!edited.Succeeded)
        {
            throw new InvalidOperationException($"The demo CTE template does not take the module requirement: {edited.Refusal.Sentence}");
        }
    }

    /// <summary>The CTE student has read the first step and passed its quiz: 2 of 5 steps done.</summary>
    public async Task StartAsync(Viewer student, CancellationToken cancellationToken)
    {
        var safety = ShippedModules.All.Single(m => m.Key == SafetyModule);
        await learning.ReadAsync(student, SafetyModule, safety.Steps[0].Id, cancellationToken);
        var quiz = (QuizStep)safety.Steps[1];
        var answers = quiz.Questions.ToDictionary(q => q.Id, q => (IReadOnlyCollection<string>)[.. q.Right.Select(o => o.Id)]);
        await learning.AttemptAsync(student, SafetyModule, quiz.Id, answers, cancellationToken);
    }
}
