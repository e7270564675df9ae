using LtiPathways.LtiTool.Features.Pathways;

namespace LtiPathways.LtiTool.Features.Modules;

/// <summary>Where the module pages live; the plan page links to them, so the addresses it uses are the planner's.</summary>
public static class ModulePaths
{
    public const string Root = PathwayPaths.Modules;
    public const string New = Root + "/new";

    public static string Module(string key) => PathwayPaths.Module(key);

    public static string Edit(string key) => $"{Module(key)}/edit";

    public static string Step(string key, string stepId) => $"{Module(key)}/steps/{Uri.EscapeDataString(stepId)}";

    public static string StepAction(string key, string stepId, string operation) => $"{Step(key, stepId)}/{operation}";

    public static string Student(string key, Guid studentId) => PathwayPaths.ModuleOf(key, studentId);

    public static string Mark(string key, Guid studentId, string stepId) => $"{Student(key, studentId)}/steps/{Uri.EscapeDataString(stepId)}/marks";

    public static string WithSession(string path, string token) => PathwayPaths.WithSession(path, token);
}
