using LtiPathways.PathwayGraphQL.Modules;

namespace LtiPathways.PathwayGraphQL.Schema.Modules;

/// <summary>An institution's module with its stored row's id (the node id).</summary>
public sealed record ModuleNode(Guid Id, CteModule Module);
