namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The demo course the sandbox platform launches from, and the people in it.</summary>
public static class SandboxCourse
{
    private const string Membership = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private const string Institution = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";

    public const string ContextId = "sandbox-course-cp1";
    public const string Title = "Career-related Programme Year 1 (Demo)";
    public const string Label = "CP1-DEMO";
    public const string ResourceLinkId = "sandbox-link-planner";
    public const string ResourceLinkTitle = "My career pathway";

    public static readonly IReadOnlyList<SandboxPerson> People =
    [
        new("teacher", "sandbox-teacher-1", "Alex Rivera", "Alex", "Rivera", "alex.rivera@example.org",
            [Membership + "Instructor", Institution + "Faculty"]),
        new("student", "sandbox-student-1", "Jordan Lee", "Jordan", "Lee", "jordan.lee@example.org",
            [Membership + "Learner", Institution + "Student"]),
        new("coordinator", "sandbox-coordinator-1", "Priya Shah", "Priya", "Shah", "priya.shah@example.org",
            [Membership + "Administrator", Institution + "Staff"]),
        new("mentor", "sandbox-mentor-1", "Sam Okafor", "Sam", "Okafor", "sam.okafor@example.org",
            [Membership + "Mentor"], Mentees: ["sandbox-student-1"]),
    ];

    /// <summary>A person who can launch: the course's people, or a roster student (the demo plans' students launch as themselves).</summary>
    public static SandboxPerson? Find(string keyOrSubject) =>
        People.FirstOrDefault(p => p.Key == keyOrSubject || p.Subject == keyOrSubject)
        ?? SandboxRoster.Members.Select(m => m.Person).FirstOrDefault(p => p.Key == keyOrSubject || p.Subject == keyOrSubject);
}
