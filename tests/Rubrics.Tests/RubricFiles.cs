using FsCheck;
using FsCheck.Fluent;

namespace LtiPathways.Rubrics.Tests;

/// <summary>Generators of whole rubrics with awkward text, for import/export round trips.</summary>
public static class RubricFiles
{
    public static Gen<string> AwkwardText { get; } = Gen.Elements(
        "Plain", "Quote \" and, comma", "Line\nbreak", "Crlf\r\nbreak", "Ünïcode — ✓ 日本", "  padded  ", "semi;colon", "'single'",
        "=SUM(1+1)", "+Good", "-3", "@cmd", "\tTabbed", "'=quoted");

    public static Gen<Rubric> Rubrics { get; } =
        from versionCount in Gen.Choose(1, 3)
        from versions in Gen.CollectToArray(Enumerable.Range(1, versionCount).Select(n =>
            from v in Gen.OneOf(RubricGenerators.Analytic, RubricGenerators.Markbands, RubricGenerators.SinglePoint)
            from title in AwkwardText
            select v with
            {
                Number = n * 2,
                CreatedAt = v.CreatedAt.AddDays(n).ToOffset(TimeSpan.FromHours(n - 1)),
                Criteria = v.Criteria.Select(c => c with { Description = title }).ToValueList(),
            }))
        from title in AwkwardText
        from scope in Gen.Elements(Enum.GetValues<ShareScope>())
        select new Rubric("r-1", title, "teacher-1", scope, scope == ShareScope.Private ? null : "course-1", versions.ToValueList());
}
