using GraphQL;
using GraphQL.Types;
using LtiPathways.PathwayGraphQL.Schema.Ids;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Grading;

/// <summary>
/// Rubric and marking mutations, each through the service its page uses (<see cref="GradingCommands"/>), so what the API
/// saves, and what reaches the LMS gradebook, is exactly what the page would save and send.
/// </summary>
public static class GradingMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<RubricPayloadType>("createRubric")
            .Description("Copies a shipped rubric template into a course's library, as the library page does: for the course's teachers.")
            .Argument<NonNullGraphType<CreateRubricInputType>>("input")
            .ResolveAsync(async context => await Commands(context).CreateRubricAsync(context.GetArgument<CreateRubricInput>("input")));
        mutation.Field<RubricPayloadType>("importRubric")
            .Description("Imports our rubric JSON or a Canvas rubric CSV into a course's library; nothing is stored when the file has problems.")
            .Argument<NonNullGraphType<ImportRubricInputType>>("input")
            .ResolveAsync(async context => await Commands(context).ImportRubricAsync(context.GetArgument<ImportRubricInput>("input")));
        mutation.Field<SaveRubricVersionPayloadType>("saveRubricVersion")
            .Description("Saves a rubric's new content as the edit page does: a new version when work was marked on the current one, else in place.")
            .Argument<NonNullGraphType<SaveRubricVersionInputType>>("input")
            .ResolveAsync(async context => await Commands(context).SaveRubricVersionAsync(context.GetArgument<SaveRubricVersionInput>("input")));
        mutation.Field<SaveAssessmentPayloadType>("saveAssessment")
            .Description("Saves marks as the marking page's autosave does; a save based on an older version is a CONFLICT and overwrites nothing.")
            .Argument<NonNullGraphType<SaveAssessmentInputType>>("input")
            .ResolveAsync(async context => await Commands(context).SaveAssessmentAsync(context.GetArgument<SaveAssessmentInput>("input")));
        mutation.Field<ReleaseAssessmentsPayloadType>("releaseAssessments")
            .Description("Releases complete marks to the students and, through the same outbox as the page, to the LMS gradebook: for the course's teachers, not API tokens.")
            .Argument<NonNullGraphType<ReleaseAssessmentsInputType>>("input")
            .ResolveAsync(async context => await Commands(context).ReleaseAsync(context.GetArgument<ReleaseAssessmentsInput>("input")));
    }

    private static GradingCommands Commands(IResolveFieldContext context) =>
        ActivatorUtilities.CreateInstance<GradingCommands>(context.RequestServices!, context);
}
