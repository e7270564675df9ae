using GraphQL.Types;

namespace LtiPathways.PathwayGraphQL.Schema.Modules;

public sealed class ModuleStepKindType : EnumerationGraphType<ModuleStepKind>
{
    public ModuleStepKindType() => Name = "ModuleStepKind";
}
