using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace LtiPathways.Architecture.Tests;

public class StorageAndMediaRules
{
    [Theory]
    [InlineData("Storage")]
    [InlineData("Media")]
    public void Storage_and_Media_take_their_own_options_instead_of_reaching_into_Hosting(string folder)
    {
        Types().That().ResideInNamespaceOrBelow($"{ToolArchitecture.LtiTool}.{folder}")
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceOrBelow($"{ToolArchitecture.LtiTool}.Hosting")
            .Because("the blob stores and the media worker are used by the host, not the other way round; their settings live beside them")
            .Check(ToolArchitecture.Model);
    }
}
