using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>How <see cref="Choice"/> differs from <see cref="Other"/>; <see cref="Lines"/> says it in short sentences.</summary>
public sealed record ChoiceDifference(
    PathwayChoice Choice,
    PathwayChoice Other,
    bool ClusterDiffers,
    bool PathwayDiffers,
    ValueList<string> CoursesOnlyHere,
    ValueList<string> CoursesOnlyThere,
    ValueList<string> CertificationsOnlyHere,
    ValueList<string> CertificationsOnlyThere)
{
    public bool IsSame => !PathwayDiffers && CoursesOnlyHere.Count + CoursesOnlyThere.Count + CertificationsOnlyHere.Count + CertificationsOnlyThere.Count == 0;

    public IEnumerable<string> Lines
    {
        get
        {
            if (ClusterDiffers)
            {
                yield return $"{Choice.Label} is in {Choice.Cluster}; {Other.Label} is in {Other.Cluster}.";
            }
            if (PathwayDiffers)
            {
                yield return $"{Choice.Label} follows {Choice.Pathway}; {Other.Label} follows {Other.Pathway}.";
            }
            foreach (var (items, what, whose) in new[]
            {
                (CoursesOnlyHere, "Courses", Choice.Label), (CoursesOnlyThere, "Courses", Other.Label),
                (CertificationsOnlyHere, "Certifications", Choice.Label), (CertificationsOnlyThere, "Certifications", Other.Label),
            })
            {
                if (items.Count > 0)
                {
                    yield return $"{what} only in {whose}: {string.Join(", ", items)}.";
                }
            }
            if (IsSame)
            {
                yield return $"{Choice.Label} and {Other.Label} are the same.";
            }
        }
    }
}
