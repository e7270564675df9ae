namespace LtiPathways.PathwayGraphQL.Pathways.Plans;

public enum ReflectionKind
{
    Reflection,
    LearningJournal,
}
