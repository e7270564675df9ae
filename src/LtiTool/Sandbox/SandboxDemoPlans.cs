using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;
using LtiPathways.PathwayGraphQL.Pathways.History;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// Demo plans saved through the core services as a student would, a few versions each so the history has something to
/// compare: a CP plan well under way (its advisor signed an earlier version), a CTE plan with hours, a certification and
/// linked work (signed by the student), and a combined plan just started. Dates count back from today.
/// </summary>
public sealed class SandboxDemoPlans(PathwaysDbContext db, PlanCommands commands, PlanReviews reviews, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task FillAsync(Viewer student, string template, Viewer advisor, CancellationToken cancellationToken)
    {
        var started = await commands.StartAsync(student, template, cancellationToken);
        if (!started.Succeeded)
        {
            return;
        }
        var version = started.Value.VersionNumber;
        var steps = template switch
        {
            "ib-cp" => CareerRelated(),
            "cte-ilp" => Cte(await HandedInAsync(student, cancellationToken)),
            _ => Combined(),
        };
        var document = started.Value.Document;
        foreach (var (change, sign) in steps)
        {
            document = change(document);
            var saved = await commands.SaveAsync(student, started.Value.PlanId, version, document, cancellationToken);
            if (saved.Value is not PlanSaveResult.Saved { Plan: var plan })
            {
                throw new InvalidOperationException($"The demo {template} plan does not save: {saved.Refusal?.Sentence}");
            }
            version = plan.VersionNumber;
            if (sign is { } role)
            {
                await reviews.SignOffAsync(role == SignOffRole.Student ? student : advisor, plan.PlanId, version, role, null, cancellationToken);
            }
        }
    }

    private DateOnly Ago(int days) => Today.AddDays(-days);

    private IEnumerable<(Func<PlanDocument, PlanDocument> Change, SignOffRole? Sign)> CareerRelated()
    {
        yield return (p => p with
        {
            StartedOn = Ago(120),
            CareerRelatedStudy = new(Guid.NewGuid(), "Health Science Certificate", "City College"),
            Courses = [new(Guid.NewGuid(), CourseKind.DpSubject, "Biology", CourseLevel.Higher, 11), new(Guid.NewGuid(), CourseKind.DpSubject, "Psychology", CourseLevel.Standard, 11)],
        }, null);
        yield return (p => p with
        {
            Hours =
            [
                .. Enumerable.Range(0, 6).Select(i => new HourLog(Guid.NewGuid(), Ago(110 - (i * 15)), 3m, HourKind.PpsGuided, "Guided PPS session", "Ms Rivera")),
                new HourLog(Guid.NewGuid(), Ago(40), 4m, HourKind.CommunityEngagement, "Food bank", "Mr Haddad"),
            ],
            Reflections = [new(Guid.NewGuid(), ReflectionKind.Reflection, Ago(39), "Sorting donations showed me how much planning a small charity needs.", null, ["community-engagement"])],
        }, SignOffRole.Advisor);
        yield return (p => p with
        {
            Goals = [new(Guid.NewGuid(), "Hand in my Reflective Project proposal", "Proposal approved by my supervisor", Ago(10), Today.AddDays(30), GoalStatus.InProgress)],
        }, null);
    }

    private IEnumerable<(Func<PlanDocument, PlanDocument> Change, SignOffRole? Sign)> Cte(Guid? handedIn)
    {
        yield return (p => p with
        {
            StartedOn = Ago(200),
            Career = new("Digital Technology", "Network Systems & Cybersecurity"),
            Courses =
            [
                new(Guid.NewGuid(), CourseKind.CteCourse, "Principles of Information Technology", CourseLevel.None, 9),
                new(Guid.NewGuid(), CourseKind.CteCourse, "Computer Maintenance", CourseLevel.None, 10),
                new(Guid.NewGuid(), CourseKind.CteCourse, "Networking", CourseLevel.None, 11),
            ],
        }, null);
        yield return (p => p with
        {
            Certifications =
            [
                new(Guid.NewGuid(), "CompTIA A+", "CompTIA", Ago(60), Ago(60).AddYears(3)),
                new(Guid.NewGuid(), "First Aid and CPR", "Red Cross", Ago(700), Today.AddDays(25)),
            ],
            Hours =
            [
                new HourLog(Guid.NewGuid(), Ago(150), 8m, HourKind.JobShadow, "Hospital IT help desk", "Mr Lee"),
                .. Enumerable.Range(0, 10).Select(i => new HourLog(Guid.NewGuid(), Ago(100 - (i * 7)), 6m, HourKind.Internship, "Network support internship", "Ms Costa")),
            ],
            Evidence = handedIn is { } id
                ? [new(Guid.NewGuid(), EvidenceSource.Submission, id, "Workplace safety presentation", ["work-based-learning", "employability-skills"])]
                : [],
        }, SignOffRole.Student);
    }

    private IEnumerable<(Func<PlanDocument, PlanDocument> Change, SignOffRole? Sign)> Combined()
    {
        yield return (p => p with
        {
            StartedOn = Ago(30),
            CareerRelatedStudy = new(Guid.NewGuid(), "Network Technician Certificate", "City College"),
            Goals = [new(Guid.NewGuid(), "Log 20 hours of PPS this term", "20 hours in my log", Ago(30), Today.AddDays(60), GoalStatus.NotStarted)],
            Milestones = [new(Guid.NewGuid(), "First week of the clinic placement", Ago(2), null, null)],
        }, null);
        yield return (p => p with
        {
            Hours = [new HourLog(Guid.NewGuid(), Ago(5), 2m, HourKind.PpsGuided, "Team-working workshop", "Ms Rivera")],
        }, null);
    }

    /// <summary>A piece of work the CTE student handed in, in the demo course, to link as evidence.</summary>
    private async Task<Guid?> HandedInAsync(Viewer student, CancellationToken cancellationToken)
    {
        if (student.CourseId is not { } course)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var assignment = new Assignment { CourseId = course, Kind = AssignmentKind.AssessedWork, Title = "Workplace safety presentation", PointsPossible = 20, CreatedAt = now.AddDays(-30) };
        var submission = new Submission
        {
            AssignmentId = assignment.Id, CourseId = course, StudentUserId = student.PersonId, Status = SubmissionStatus.Submitted,
            EssayMarkdown = "Safety in the server room: three hazards and how we control them.", WordCount = 10,
            CreatedAt = now.AddDays(-21), UpdatedAt = now.AddDays(-20), SubmittedAt = now.AddDays(-20),
        };
        db.AddRange(assignment, submission);
        await db.SaveChangesAsync(cancellationToken);
        return submission.Id;
    }
}
