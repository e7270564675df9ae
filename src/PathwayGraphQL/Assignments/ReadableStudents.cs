namespace LtiPathways.PathwayGraphQL.Assignments;

/// <summary>Whose submissions a member of a course may read there: everyone's, or only these students'.</summary>
public sealed record ReadableStudents(bool Everyone, IReadOnlySet<Guid> Students)
{
    public static readonly ReadableStudents All = new(true, new HashSet<Guid>());

    public bool Includes(Guid studentUserId) => Everyone || Students.Contains(studentUserId);
}
