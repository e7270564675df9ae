using LtiPathways.PathwayGraphQL.Data.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Rubrics;

public static class RubricNodes
{
    public static RubricNode Of(LibraryRubric r) => new(r.Id, r.Title, r.Scope, r.TemplateKey, r.CreatedAt);
}
