using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LtiPathways.Rubrics.Tests.Versioning;

public class VersioningProperties
{
    [Property]
    public Property An_unchanged_new_version_changes_no_score() =>
        Prop.ForAll(RubricGenerators.Marked(RubricGenerators.AnyScorable).ToArbitrary(), input =>
        {
            var rubric = new Rubric("r", "R", "t", ShareScope.Private, null, [input.Version]);
            var next = RubricVersioning.Edit(rubric, input.Version.Criteria, hasAssessments: true, input.Version.CreatedAt.AddDays(1)).Value!;

            var change = Assert.Single(RubricVersioning.PreviewScoreChanges(input.Version, next.Version, [new("a", input.Selections)], 10m));

            Assert.False(change.Changed);
            Assert.Equal(input.Selections, change.MovedSelections);
            Assert.Equal(2, next.Version.Number);
        });
}
