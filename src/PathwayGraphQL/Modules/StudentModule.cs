namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>A module as one student works through it: the module, their progress, and whose it is.</summary>
public sealed record StudentModule(Guid StudentUserId, string StudentName, CteModule Module, ModuleProgress Progress)
{
    public ModuleStep? Step(string stepId) => Module.Find(stepId);
}
