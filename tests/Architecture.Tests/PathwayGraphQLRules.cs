using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace LtiPathways.Architecture.Tests;

public class PathwayGraphQLRules
{
    // The one allowance: PathwaysDbContext keeps the Data Protection keys (IDataProtectionKeyContext, DataProtectionKey),
    // so every instance of the tool agrees on them. Nothing else of ASP.NET Core.
    private const string DataProtectionKeyStore = "Microsoft.AspNetCore.DataProtection.EntityFrameworkCore";

    [Fact]
    public void PathwayGraphQL_uses_no_ASP_NET_Core_but_the_Data_Protection_key_store()
    {
        Types().That().ResideInAssembly(ToolArchitecture.PathwayGraphQLAssembly)
            .Should().NotDependOnAny(Types(true).That()
                .ResideInNamespaceOrBelow("Microsoft.AspNetCore").And().DoNotResideInNamespace(DataProtectionKeyStore)
                .Or().ResideInNamespaceOrBelow("Microsoft.Net.Http.Headers")
                .Or().ResideInNamespaceOrBelow(ToolArchitecture.LtiTool))
            .Because("the school core is shared by the pages, the GraphQL API and the planner, and speaks no HTTP")
            .Check(ToolArchitecture.Model);
    }

    [Fact]
    public void PathwayGraphQL_references_no_ASP_NET_Core_assembly_but_the_Data_Protection_key_store()
    {
        var web = ToolArchitecture.PathwayGraphQLAssembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                || name.StartsWith("Microsoft.Net.Http.Headers", StringComparison.Ordinal))
            .Where(name => name != DataProtectionKeyStore)
            .ToList();

        Assert.True(web.Count == 0, $"PathwayGraphQL references ASP.NET Core assemblies: {string.Join(", ", web)}.");
    }
}
