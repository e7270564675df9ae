using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// Students of the three cohorts before this year's, with plans started each September and filled in as they went, so
/// the coordinator's impact charts have years to compare: hours, certifications and requirements met by cohort. They
/// left the demo course, so only the institution's dashboards list them. Saved through the core services, as a student would.
/// </summary>
public sealed class SandboxDemoCohorts(PathwaysDbContext db, PlanCommands commands, TimeProvider clock)
{
    private static readonly (int YearsAgo, string Name, string Template)[] Students =
    [
        (3, "Amara Okafor", "cte-ilp"), (3, "Ben Castillo", "ib-cp"),
        (2, "Chloe Nguyen", "cte-ilp"), (2, "Dev Patel", "ib-cp"),
        (1, "Elif Demir", "cte-ilp"), (1, "Farid Haddad", "ib-cp"),
    ];

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task FillAsync(Guid registrationId, Guid deploymentId, CancellationToken cancellationToken)
    {
        foreach (var (yearsAgo, name, template) in Students)
        {
            var user = new LtiUser { RegistrationId = registrationId, Subject = $"sandbox-alumnus-{name.ToLowerInvariant().Replace(' ', '-')}", Name = name };
            db.Users.Add(user);
            await db.SaveChangesAsync(cancellationToken);
            var student = new Viewer(user.Id, registrationId, deploymentId, null, null, CourseRole.Student);
            var started = await commands.StartAsync(student, template, cancellationToken);
            if (!started.Succeeded)
            {
                continue;
            }
            var start = new DateOnly(Today.Year - yearsAgo, 9, 1);
            var document = template == "cte-ilp" ? Cte(start, yearsAgo) : CareerRelated(start);
            var saved = await commands.SaveAsync(student, started.Value.PlanId, started.Value.VersionNumber, document, cancellationToken);
            if (saved.Value is not PlanSaveResult.Saved)
            {
                throw new InvalidOperationException($"The demo plan of {name} does not save: {saved.Refusal?.Sentence}");
            }
        }
    }

    private PlanDocument Cte(DateOnly start, int yearsAgo) => PlanDocument.Empty with
    {
        StartedOn = start,
        Career = new("Health Science", "Therapeutic Services"),
        Courses =
        [
            new(Guid.NewGuid(), CourseKind.CteCourse, "Principles of Health Science", CourseLevel.None, 10),
            new(Guid.NewGuid(), CourseKind.CteCourse, "Medical Terminology", CourseLevel.None, 11),
            new(Guid.NewGuid(), CourseKind.CteCourse, "Clinical Rotation", CourseLevel.None, 12),
        ],
        Certifications =
        [
            .. new[] { (Months: 8, Name: "First Aid and CPR"), (Months: 15, Name: "Certified Nursing Assistant") }
                .Where(c => start.AddMonths(c.Months) <= Today)
                .Select(c => new Certification(Guid.NewGuid(), c.Name, "State Health Board", start.AddMonths(c.Months), start.AddMonths(c.Months).AddYears(yearsAgo == 1 ? 1 : 2))),
        ],
        Hours = [.. Logs(start, HourKind.Internship, "Clinic placement", "Ms Osei", count: 14, hours: 9m, everyDays: 40)],
    };

    private PlanDocument CareerRelated(DateOnly start) => PlanDocument.Empty with
    {
        StartedOn = start,
        CareerRelatedStudy = new(Guid.NewGuid(), "Health Science Certificate", "City College"),
        Courses = [new(Guid.NewGuid(), CourseKind.DpSubject, "Biology", CourseLevel.Higher, 11), new(Guid.NewGuid(), CourseKind.DpSubject, "Psychology", CourseLevel.Standard, 11)],
        Hours =
        [
            .. Logs(start, HourKind.PpsGuided, "Guided PPS session", "Ms Rivera", count: 10, hours: 8m, everyDays: 45),
            .. Logs(start.AddDays(20), HourKind.CommunityEngagement, "Food bank", "Mr Haddad", count: 6, hours: 5m, everyDays: 70),
            .. Logs(start.AddDays(10), HourKind.LanguageAndCulturalStudies, "Spanish conversation", "Sr Ruiz", count: 5, hours: 10m, everyDays: 60),
        ],
        Reflections =
        [
            new(Guid.NewGuid(), ReflectionKind.Reflection, start.AddDays(30), "The food bank taught me to plan for other people's needs.", null, ["community-engagement"]),
            new(Guid.NewGuid(), ReflectionKind.Reflection, start.AddDays(100), "Leading a shift showed me how to explain a task simply.", null, ["community-engagement"]),
        ],
    };

    private HourLog[] Logs(DateOnly first, HourKind kind, string activity, string supervisor, int count, decimal hours, int everyDays) =>
        [.. Enumerable.Range(0, count).Select(i => first.AddDays(i * everyDays)).Where(day => day <= Today)
            .Select(day => new HourLog(Guid.NewGuid(), day, hours, kind, activity, supervisor))];
}
