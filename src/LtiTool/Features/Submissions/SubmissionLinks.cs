namespace LtiPathways.LtiTool.Features.Submissions;

/// <summary>Where other pages link to an assignment's submissions (students: their own; teachers: the class list).</summary>
public static class SubmissionLinks
{
    public static string ForAssignment(Guid assignmentId) => $"/app/assignments/{assignmentId}/submission";
}
