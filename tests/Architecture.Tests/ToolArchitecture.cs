using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.Rubrics;

namespace LtiPathways.Architecture.Tests;

/// <summary>The three projects' compiled assemblies, read once for every rule.</summary>
public static class ToolArchitecture
{
    public const string LtiTool = "LtiPathways.LtiTool";
    public const string PathwayGraphQL = "LtiPathways.PathwayGraphQL";
    public const string Rubrics = "LtiPathways.Rubrics";

    public static System.Reflection.Assembly LtiToolAssembly { get; } = typeof(LaunchValidator).Assembly;
    public static System.Reflection.Assembly PathwayGraphQLAssembly { get; } = typeof(PathwaysDbContext).Assembly;
    public static System.Reflection.Assembly RubricsAssembly { get; } = typeof(RubricVersion).Assembly;

    public static ArchUnitNET.Domain.Architecture Model { get; } = new ArchLoader()
        .LoadAssemblies(LtiToolAssembly, PathwayGraphQLAssembly, RubricsAssembly)
        .Build();
}
