using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.PathwayGraphQL.Rosters;

/// <summary>
/// One person as the platform's roster lists them: their id there, what it says of their name and email, their roles
/// (normalised, space-separated) and the course role those make, and whether they still take part.
/// </summary>
public sealed record RosterEntry(
    string Subject, string? Name, string? GivenName, string? FamilyName, string? Email, string Roles, CourseRole Role, bool IsActive);
