using System.Globalization;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// Everyone the sandbox course lists through NRPS: the people who can launch, plus generated students who never do,
/// enough that the roster spans three pages at Canvas's default page size of 50.
/// </summary>
public static class SandboxRoster
{
    public const int GeneratedStudents = 120;

    private static readonly string[] GivenNames =
        ["Amara", "Ben", "Chloé", "Dev", "Elif", "Finn", "Grace", "Hiro", "Isla", "Jonas", "Kofi", "Lena", "Mateo", "Nia", "Omar"];

    private static readonly string[] FamilyNames =
        ["Abebe", "Brown", "Costa", "Dubois", "Eriksen", "Fernández", "Gupta", "Haddad"];

    public static readonly IReadOnlyList<SandboxRosterMember> Members = Build();

    private static List<SandboxRosterMember> Build()
    {
        var members = SandboxCourse.People.Select(p => new SandboxRosterMember(p, "Active")).ToList();
        for (var i = 1; i <= GeneratedStudents; i++)
        {
            var given = GivenNames[(i - 1) % GivenNames.Length];
            var family = FamilyNames[(i - 1) / GivenNames.Length % FamilyNames.Length];
            var person = new SandboxPerson(
                $"roster-{i}", string.Create(CultureInfo.InvariantCulture, $"sandbox-roster-student-{i:000}"),
                $"{given} {family}", given, family,
                string.Create(CultureInfo.InvariantCulture, $"{given.ToLowerInvariant()}.{i:000}@example.org"),
                ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"]);
            // One student has left the course: NRPS still lists them, as Inactive (NRPS 2.0 section 2.2).
            members.Add(new SandboxRosterMember(person, i == GeneratedStudents ? "Inactive" : "Active"));
        }

        return members;
    }
}
