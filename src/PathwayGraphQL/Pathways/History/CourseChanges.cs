using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Pathways.History;

public static class CourseChanges
{
    public static IEnumerable<string> Of(CourseChoice? old, CourseChoice? now)
    {
        switch (old, now)
        {
            case (null, { } added):
                yield return $"Added {added.Title} in grade {added.GradeYear}";
                break;
            case ({ } removed, null):
                yield return $"Removed {removed.Title} from grade {removed.GradeYear}";
                break;
            case ({ } a, { } b):
                if (a.Title != b.Title)
                {
                    yield return $"Changed {a.Title} to {b.Title}";
                }
                if (a.GradeYear != b.GradeYear)
                {
                    yield return $"Moved {b.Title} from grade {a.GradeYear} to grade {b.GradeYear}";
                }
                if (a.Kind != b.Kind)
                {
                    yield return b.Kind == CourseKind.DpSubject ? $"{b.Title} now counts as a DP subject" : $"{b.Title} now counts as a CTE course";
                }
                break;
        }
    }
}
