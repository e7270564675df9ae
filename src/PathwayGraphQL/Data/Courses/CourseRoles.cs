namespace LtiPathways.PathwayGraphQL.Data.Courses;

/// <summary>
/// Roles as sets a query can ask for. Roles are stored by name, so "teacher or above" inside a query must be a list:
/// the database would compare the names as strings, where "Admin" and "Coordinator" sort before "Teacher".
/// </summary>
public static class CourseRoles
{
    public static readonly CourseRole[] Staff = [.. Enum.GetValues<CourseRole>().Where(r => r >= CourseRole.Teacher)];
}
