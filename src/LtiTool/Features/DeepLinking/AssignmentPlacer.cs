using LtiPathways.LtiTool.Lti.DeepLinking;
using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.DeepLinking;

/// <summary>Turns the teacher's valid choices into assignments of the session's course and the links that open them.</summary>
public class AssignmentPlacer(PathwaysDbContext db, TimeProvider clock)
{
    public const string AssessedWorkTag = "assessed-work";

    /// <summary>Adds the assignments (an assessed one with its submission policy) to the context (the caller saves) and returns one ltiResourceLink per choice.</summary>
    public IReadOnlyList<LtiResourceLinkItem> Place(
        DeepLinkingForm form, DeepLinkingSettings settings, ToolSession session, string launchUrl)
    {
        var items = new List<LtiResourceLinkItem>();
        if (form.Wants(PickerChoices.Assessed))
        {
            var policy = new SubmissionPolicy();
            var assignment = Add(session, AssignmentKind.AssessedWork, form.Title, a =>
            {
                a.Instructions = form.Instructions;
                a.Rubric = form.Rubric == PickerChoices.NoRubric ? null : form.Rubric;
                a.PointsPossible = form.PointsValue;
                form.Submission.ToChange().ApplyTo(a, policy);
            });
            policy.AssignmentId = assignment.Id;
            db.SubmissionPolicies.Add(policy);
            items.Add(Link(assignment, settings, launchUrl, Summary(form.Instructions)) with
            {
                LineItem = new ContentItemLineItem(assignment.Title, assignment.PointsPossible!.Value, assignment.Id.ToString(), AssessedWorkTag),
                SubmissionEndsAt = assignment.DueAt is { } due ? new DateTimeOffset(due, TimeSpan.Zero) : null,
            });
        }

        if (form.Wants(PickerChoices.Planner))
        {
            var planner = Add(session, AssignmentKind.PathwayPlanner, form.PlannerTitle, _ => { });
            items.Add(Link(planner, settings, launchUrl, "Plan your career-related pathway in LtiPathways."));
        }

        if (form.Wants(PickerChoices.Dashboard))
        {
            var dashboard = Add(session, AssignmentKind.CoordinatorDashboard, form.DashboardTitle, _ => { });
            items.Add(Link(dashboard, settings, launchUrl, "Follow the cohort's pathways and submissions in LtiPathways."));
        }

        return items;
    }

    private Assignment Add(ToolSession session, AssignmentKind kind, string title, Action<Assignment> fill)
    {
        var assignment = new Assignment
        {
            CourseId = session.CourseId!.Value,
            Kind = kind,
            Title = title,
            CreatedByUserId = session.UserId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        fill(assignment);
        db.Assignments.Add(assignment);
        return assignment;
    }

    private static LtiResourceLinkItem Link(Assignment assignment, DeepLinkingSettings settings, string launchUrl, string? text) =>
        new(launchUrl, assignment.Title, text,
            new Dictionary<string, string> { [LaunchProvisioner.AssignmentCustomParameter] = assignment.Id.ToString() },
            Presentation: settings.PreferredPresentation);

    private static string? Summary(string instructions) =>
        instructions.Length == 0 ? null : instructions.Length <= 280 ? instructions : instructions[..277] + "...";
}
