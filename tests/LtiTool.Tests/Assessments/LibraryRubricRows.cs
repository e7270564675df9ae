using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Tests.Assessments;

/// <summary>Stores a library rubric (the first template's version) straight in the database, for another course, owner or platform.</summary>
public static class LibraryRubricRows
{
    public static Task<Guid> AddAsync(AssessmentHarness harness, string title, Guid registration, Guid deployment, Guid? course, ShareScope scope) =>
        harness.QueryAsync(async db =>
        {
            var template = RubricTemplates.All[0];
            var rubric = new LibraryRubric
            {
                RegistrationId = registration, DeploymentId = deployment, CourseId = course, Scope = scope, OwnerUserId = Guid.NewGuid(), Title = title,
            };
            db.Rubrics.Add(rubric);
            db.RubricVersions.Add(new LibraryRubricVersion
            {
                RubricId = rubric.Id, Number = 1,
                Json = RubricJson.Write(new Rubric(rubric.Id.ToString(), title, "x", scope, null, [template.Version with { Number = 1 }])),
            });
            await db.SaveChangesAsync();
            return rubric.Id;
        });
}
