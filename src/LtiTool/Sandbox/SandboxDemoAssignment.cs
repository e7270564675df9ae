using LtiPathways.LtiTool.Lti.Launch;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Assignments;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>
/// Places an assessed assignment in the sandbox course without deep linking: the tool's assignment, a gradebook column
/// for it, and a placed link whose custom assignment_id opens it. For demos and browser checks.
/// </summary>
public class SandboxDemoAssignment(PathwaysDbContext db, SandboxRegistration registration, SandboxGradebook gradebook, TimeProvider clock)
{
    public async Task<SandboxPlacement> PlaceAsync(SandboxAddresses addresses, string title, decimal points, CancellationToken cancellationToken)
    {
        var registered = await registration.EnsureAsync(addresses, cancellationToken);
        var deployment = registered.Deployments.First(d => d.DeploymentId == SandboxPlatform.DeploymentId);
        var course = await SandboxCourseRecord.EnsureAsync(db, deployment, addresses, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var assignment = new Assignment
        {
            CourseId = course.Id, Kind = AssignmentKind.AssessedWork, Title = title, PointsPossible = points, CreatedAt = now,
            Instructions = "Write a reflection on your service learning project.",
            SubmissionTypes = "essay,video,audio,link,file",
        };
        db.Assignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);

        var lineItem = new SandboxLineItem(
            assignment.Id.ToString("N")[..8], title, points, assignment.Id.ToString(), "ltipathways", "sandbox-link-" + assignment.Id.ToString("N")[..8]);
        gradebook.LineItems[lineItem.Id] = lineItem;
        var placement = new SandboxPlacement(
            lineItem.ResourceLinkId!, title, SandboxMessage.LaunchUrl(addresses.ToolBaseUrl),
            new Dictionary<string, string> { [LaunchProvisioner.AssignmentCustomParameter] = assignment.Id.ToString() }, lineItem.Id);
        gradebook.Placements[placement.ResourceLinkId] = placement;
        return placement;
    }
}
