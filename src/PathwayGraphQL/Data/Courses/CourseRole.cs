namespace LtiPathways.PathwayGraphQL.Data.Courses;

/// <summary>What a member may see and do in a course, least privileged first.</summary>
public enum CourseRole
{
    Student,
    Mentor,
    Teacher,
    Coordinator,
    Admin,
}
