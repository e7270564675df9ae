using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// The "Pathway planner" link in the demo course, placed as deep linking would, and the people its demo plans need:
/// three roster students (so a roster sync keeps them), the teacher as their advisor, the mentor following one of them,
/// the coordinator's demo modules and partnerships, and the earlier cohorts the impact charts compare.
/// </summary>
public sealed class SandboxPlannerLink(PathwaysDbContext db, SandboxRegistration registration, SandboxGradebook gradebook, SandboxDemoPlans plans,
    SandboxDemoPartnerships partnerships, SandboxDemoModules modules, SandboxDemoCohorts cohorts, TimeProvider clock)
{
    public const string ResourceLinkId = "sandbox-link-pathway-planner";
    public const string Title = "Pathway planner";

    /// <summary>Roster students whose plans the demo fills in: a CP student, a CTE student and a combined one.</summary>
    public static readonly IReadOnlyList<(int Roster, string Template)> DemoStudents = [(1, "ib-cp"), (2, "cte-ilp"), (3, "ib-cp-cte")];

    /// <summary>The demo students as the sandbox launches them, with the programme of their plan.</summary>
    public static IEnumerable<(SandboxPerson Person, string Programme)> DemoPeople() => DemoStudents.Select(d => (
        SandboxRoster.Members[SandboxCourse.People.Count + d.Roster - 1].Person,
        d.Template switch { "ib-cp" => "CP plan", "cte-ilp" => "CTE plan", _ => "CP + CTE plan" }));

    /// <summary>Places the link once; with <paramref name="withDemoPlans"/>, the first placing also fills in the demo students' plans.</summary>
    public async Task<SandboxPlacement> EnsureAsync(SandboxAddresses addresses, bool withDemoPlans, CancellationToken cancellationToken)
    {
        var registered = await registration.EnsureAsync(addresses, cancellationToken);
        var deployment = registered.Deployments.First(d => d.DeploymentId == SandboxPlatform.DeploymentId);
        var course = await SandboxCourseRecord.EnsureAsync(db, deployment, addresses, cancellationToken);
        var planner = await db.Assignments.FirstOrDefaultAsync(a => a.CourseId == course.Id && a.Kind == AssignmentKind.PathwayPlanner, cancellationToken);
        if (planner is null)
        {
            planner = new Assignment { CourseId = course.Id, Kind = AssignmentKind.PathwayPlanner, Title = Title, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Assignments.Add(planner);
            await db.SaveChangesAsync(cancellationToken);
        }
        // The demo's own mentorship (the only one set up in the tool) marks the plans as filled in.
        if (withDemoPlans && !await db.Mentorships.AnyAsync(m => m.RegistrationId == registered.Id && m.Source == MentorshipSource.Manual, cancellationToken))
        {
            var teacher = await MemberAsync(registered.Id, course, SandboxCourse.Find("teacher")!, CourseRole.Teacher, cancellationToken);
            var students = new List<(LtiUser User, string Template)>();
            foreach (var (roster, template) in DemoStudents)
            {
                students.Add((await MemberAsync(registered.Id, course, SandboxRoster.Members[SandboxCourse.People.Count + roster - 1].Person, CourseRole.Student, cancellationToken), template));
            }
            var mentor = await MemberAsync(registered.Id, course, SandboxCourse.Find("mentor")!, CourseRole.Mentor, cancellationToken);
            // Set up in the tool, so the mentor's launches (which name only Jordan Lee) keep it.
            db.Mentorships.Add(new Mentorship { RegistrationId = registered.Id, MentorUserId = mentor.Id, MenteeSubject = students[^1].User.Subject, Source = MentorshipSource.Manual, UpdatedAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            var advisor = new Viewer(teacher.Id, registered.Id, deployment.Id, course.Id, null, CourseRole.Teacher);
            var coordinator = await MemberAsync(registered.Id, course, SandboxCourse.Find("coordinator")!, CourseRole.Coordinator, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var keeper = new Viewer(coordinator.Id, registered.Id, deployment.Id, course.Id, null, CourseRole.Coordinator);
            await modules.AddAsync(keeper, cancellationToken);
            foreach (var (student, template) in students)
            {
                var learner = new Viewer(student.Id, registered.Id, deployment.Id, course.Id, null, CourseRole.Student);
                await plans.FillAsync(learner, template, advisor, cancellationToken);
                if (template == "cte-ilp")
                {
                    await modules.StartAsync(learner, cancellationToken);
                }
            }
            await partnerships.FillAsync(keeper, teacher.Id,
                [.. students.Select(s => s.User.Id)], cancellationToken);
            await cohorts.FillAsync(registered.Id, deployment.Id, cancellationToken);
        }
        var placement = new SandboxPlacement(ResourceLinkId, Title, SandboxMessage.LaunchUrl(addresses.ToolBaseUrl),
            new Dictionary<string, string> { [LaunchProvisioner.AssignmentCustomParameter] = planner.Id.ToString() }, null);
        gradebook.Placements[placement.ResourceLinkId] = placement;
        return placement;
    }

    private async Task<LtiUser> MemberAsync(Guid registrationId, Course course, SandboxPerson person, CourseRole role, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.RegistrationId == registrationId && u.Subject == person.Subject, cancellationToken);
        if (user is null)
        {
            user = new LtiUser { RegistrationId = registrationId, Subject = person.Subject, Name = person.Name, GivenName = person.GivenName, FamilyName = person.FamilyName, Email = person.Email };
            db.Users.Add(user);
        }
        if (!await db.Memberships.AnyAsync(m => m.CourseId == course.Id && m.UserId == user.Id, cancellationToken))
        {
            db.Memberships.Add(new CourseMembership { CourseId = course.Id, UserId = user.Id, Role = role, Roles = string.Join(' ', person.Roles) });
        }
        return user;
    }
}
