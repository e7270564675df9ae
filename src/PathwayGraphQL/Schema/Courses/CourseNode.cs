using LtiPathways.PathwayGraphQL.Data.Courses;

namespace LtiPathways.PathwayGraphQL.Schema.Courses;

/// <summary>A course as the API shows it; <see cref="ViewerRole"/> is the asking person's role there (none for an API token).</summary>
public sealed record CourseNode(Guid Id, string Title, string? Label, CourseRole? ViewerRole, bool MayListPeople);
