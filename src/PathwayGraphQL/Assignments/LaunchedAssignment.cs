using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Data.Platforms;

namespace LtiPathways.PathwayGraphQL.Assignments;

/// <summary>The assignment a launch opened, with the course, link and registration it belongs to; loaded only through the viewer.</summary>
public record LaunchedAssignment(PlatformRegistration Registration, Course Course, ResourceLink Link, Assignment Assignment)
{
    /// <summary>The line item's maximum: the assignment's points possible, else 100.</summary>
    public decimal ScoreMaximum => Assignment.PointsPossible is { } max and > 0 ? max : 100m;
}
