namespace LtiPathways.PathwayGraphQL.Modules;

/// <summary>A module in the list, with where the viewer stands in it.</summary>
public sealed record ModuleRow(ModuleProgress Progress)
{
    public CteModule Module => Progress.Module;
}
