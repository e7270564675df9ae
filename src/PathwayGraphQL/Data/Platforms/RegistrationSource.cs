namespace LtiPathways.PathwayGraphQL.Data.Platforms;

public enum RegistrationSource
{
    Configuration,
    CommandLine,
    Sandbox,
    DynamicRegistration,
}
