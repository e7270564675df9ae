using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace LtiPathways.Architecture.Tests;

public class SandboxRules
{
    [Fact]
    public void Nothing_but_Sandbox_and_host_wiring_depends_on_Sandbox()
    {
        var sandbox = $"{ToolArchitecture.LtiTool}.Sandbox";
        Types().That().ResideInAssembly(ToolArchitecture.LtiToolAssembly)
            .And().DoNotResideInNamespaceOrBelow(sandbox)
            .And().DoNotResideInNamespace($"{ToolArchitecture.LtiTool}.Hosting")
            .And().DoNotHaveFullNameMatching(@"^Program(\+.*)?$")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceOrBelow(sandbox)
            .Because("the development platform is wired in for Development only and must be removable")
            .Check(ToolArchitecture.Model);
    }
}
