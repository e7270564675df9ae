using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.PathwayGraphQL.Pathways.Rules;

/// <summary>
/// A programme of study: at least so many courses by grade year, each after its prerequisites. In a combined plan the
/// CRS stands in for it where the school's template says so.
/// </summary>
public static class CourseSequenceRule
{
    public static Verdict Check(RequirementDefinition requirement, PlanFacts facts)
    {
        if (facts.Template is { Programme: Programme.Combined, CrsCountsAsCteProgramme: true } && facts.Plan.CareerRelatedStudy is { } crs)
        {
            return new(RequirementStatus.Met, $"your career-related study, {crs.Title}, counts as your CTE programme of study.");
        }
        var courses = facts.Plan.Courses.Where(c => c.Kind == requirement.Parameters.CourseKind).ToList();
        var minimum = requirement.Parameters.Minimum ?? 1;
        var broken = requirement.Parameters.Prerequisites.Select(p => Breach(p, courses)).OfType<string>().ToList();
        if (broken.Count > 0)
        {
            return new(RequirementStatus.AtRisk, string.Join(" ", broken));
        }
        return courses.Count switch
        {
            0 => new(RequirementStatus.Missing, $"no courses planned yet; plan at least {minimum}."),
            var n when n < minimum => new(RequirementStatus.AtRisk, $"{n} of at least {minimum} courses planned; add {minimum - n} more."),
            var n => new(RequirementStatus.Met, $"{n} courses planned from grade {courses.Min(c => c.GradeYear)} to grade {courses.Max(c => c.GradeYear)}, each after what it needs."),
        };
    }

    private static string? Breach(Prerequisite prerequisite, List<CourseChoice> courses)
    {
        var course = courses.FirstOrDefault(c => Same(c.Subject, prerequisite.Course));
        if (course is null)
        {
            return null;
        }
        var before = courses.Where(c => Same(c.Subject, prerequisite.Requires)).MinBy(c => c.GradeYear);
        return before switch
        {
            null => $"{course.Title} needs {prerequisite.Requires} first, which is not in your plan.",
            _ when before.GradeYear >= course.GradeYear =>
                $"{course.Title} in grade {course.GradeYear} needs {before.Title} in an earlier grade, not grade {before.GradeYear}.",
            _ => null,
        };
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
