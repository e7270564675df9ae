using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Data.Rubrics;

/// <summary>
/// A rubric in a course's (or an institution's) library. Always within one registration and deployment;
/// <see cref="CourseId"/> is set for course scope and null for institution scope. Its content lives in its versions.
/// </summary>
public class LibraryRubric
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid RegistrationId { get; set; }
    public Guid DeploymentId { get; set; }
    public Guid? CourseId { get; set; }
    public ShareScope Scope { get; set; } = ShareScope.Course;
    public Guid OwnerUserId { get; set; }
    public required string Title { get; set; }

    /// <summary>The shipped template it was copied from, if any.</summary>
    public string? TemplateKey { get; set; }

    public DateTime CreatedAt { get; set; }
    public List<LibraryRubricVersion> Versions { get; set; } = [];
}
