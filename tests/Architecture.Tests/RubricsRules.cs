using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace LtiPathways.Architecture.Tests;

public class RubricsRules
{
    [Fact]
    public void Rubrics_depends_on_nothing_of_ours_and_nothing_web_or_EF()
    {
        Types().That().ResideInAssembly(ToolArchitecture.RubricsAssembly)
            .Should().NotDependOnAny(Types(true).That()
                .ResideInNamespaceOrBelow(ToolArchitecture.LtiTool)
                .Or().ResideInNamespaceOrBelow(ToolArchitecture.PathwayGraphQL)
                .Or().ResideInNamespaceOrBelow("Microsoft.AspNetCore")
                .Or().ResideInNamespaceOrBelow("Microsoft.EntityFrameworkCore"))
            .Because("the rubric domain is plain C#: scoring, versions and imports run without a host or a database")
            .Check(ToolArchitecture.Model);
    }
}
