namespace LtiPathways.PathwayGraphQL.Data.Platforms;

/// <summary>Which LMS a registration is, for the few places where their behaviour differs.</summary>
public enum PlatformFamily
{
    Other,
    Canvas,
    Moodle,
}
