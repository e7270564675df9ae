using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>A self-paced CTE module: steps taken in order, each a reading, a quiz or a practical task.</summary>
public sealed record CteModule(string Key, string Title, string Summary, ValueList<ModuleStep> Steps)
{
    public ModuleStep? Find(string stepId) => Steps.FirstOrDefault(s => s.Id == stepId);

    public int IndexOf(ModuleStep step) => Steps.ToList().IndexOf(step);
}
