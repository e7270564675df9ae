using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.LtiTool.Lti.Roles;

/// <summary>LIS role vocabularies (LTI Core A.2) normalised to full URIs and mapped to what the member may see.</summary>
public static class LtiRoles
{
    public const string Membership = "http://purl.imsglobal.org/vocab/lis/v2/membership";
    public const string Institution = "http://purl.imsglobal.org/vocab/lis/v2/institution/person";
    public const string System = "http://purl.imsglobal.org/vocab/lis/v2/system/person";

    /// <summary>LTI Core A.2.3.1 lets context roles arrive as simple names ("Instructor"); LTI 1.1 URNs appear too.</summary>
    public static string Normalise(string role)
    {
        var trimmed = role.Trim();
        if (trimmed.StartsWith("http://", StringComparison.Ordinal) || trimmed.StartsWith("https://", StringComparison.Ordinal))
        {
            return trimmed;
        }

        return trimmed switch
        {
            _ when trimmed.StartsWith("urn:lti:role:ims/lis/", StringComparison.Ordinal) =>
                LegacyContextRole(trimmed["urn:lti:role:ims/lis/".Length..]),
            _ when trimmed.StartsWith("urn:lti:instrole:ims/lis/", StringComparison.Ordinal) =>
                $"{Institution}#{trimmed["urn:lti:instrole:ims/lis/".Length..]}",
            _ when trimmed.StartsWith("urn:lti:sysrole:ims/lis/", StringComparison.Ordinal) =>
                $"{System}#{trimmed["urn:lti:sysrole:ims/lis/".Length..]}",
            _ => $"{Membership}#{trimmed}",
        };
    }

    /// <summary>The most capable view any of the roles grants; unknown roles grant the least (student).</summary>
    public static CourseRole ToCourseRole(IEnumerable<string> roles) =>
        roles.Select(Normalise).Select(RoleOf).DefaultIfEmpty(CourseRole.Student).Max();

    /// <summary>Whether the roles include membership Mentor or one of its sub-roles (a mentor may also be, say, a learner).</summary>
    public static bool IncludesMentor(IEnumerable<string> roles) =>
        roles.Select(Normalise).Select(Split).Any(r => r is (Membership, "Mentor"));

    private static CourseRole RoleOf(string role)
    {
        var (vocabulary, name) = Split(role);
        return (vocabulary, name) switch
        {
            (System, "Administrator" or "SysAdmin") => CourseRole.Admin,
            (Institution, "Administrator") => CourseRole.Admin,
            (Membership, "Administrator") => CourseRole.Coordinator,
            (Membership, "Instructor" or "ContentDeveloper" or "TeachingAssistant") => CourseRole.Teacher,
            (Membership, "Mentor") => CourseRole.Mentor,
            (Membership, "Learner") => CourseRole.Student,
            _ => CourseRole.Student,
        };
    }

    /// <summary>Sub-roles such as membership/Instructor#TeachingAssistant count as their principal role (Instructor).</summary>
    private static (string Vocabulary, string Name) Split(string role)
    {
        var hash = role.LastIndexOf('#');
        if (hash < 0)
        {
            return (role, "");
        }

        var vocabulary = role[..hash];
        var name = role[(hash + 1)..];
        if (vocabulary.StartsWith(Membership + "/", StringComparison.Ordinal))
        {
            return (Membership, vocabulary[(Membership.Length + 1)..]);
        }

        return (vocabulary, name);
    }

    private static string LegacyContextRole(string name) =>
        name.Contains('/', StringComparison.Ordinal)
            ? $"{Membership}/{name.Replace('/', '#')}"
            : $"{Membership}#{name}";
}
