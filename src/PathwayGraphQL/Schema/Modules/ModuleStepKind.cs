namespace LtiPathways.PathwayGraphQL.Schema.Modules;

public enum ModuleStepKind
{
    Reading,
    Quiz,
    Practical,
}
