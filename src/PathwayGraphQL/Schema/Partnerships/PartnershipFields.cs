using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using GraphQL.Types.Relay;
using LtiPathways.PathwayGraphQL.Partnerships;
using LtiPathways.PathwayGraphQL.Schema.Execution;
using LtiPathways.PathwayGraphQL.Schema.Institutions;
using LtiPathways.PathwayGraphQL.Schema.Limits;
using LtiPathways.PathwayGraphQL.Schema.Nodes;
using LtiPathways.PathwayGraphQL.Schema.Paging;
using Microsoft.Extensions.DependencyInjection;

namespace LtiPathways.PathwayGraphQL.Schema.Partnerships;

/// <summary>
/// <c>institution { providers agreementReminders }</c>: the partnerships of part two, for the institution's coordinators and
/// administrators and its API tokens; anyone else gets FORBIDDEN beside the rest of the answer, as the pages refuse them.
/// </summary>
public static class PartnershipFields
{
    public static void AddTo(ObjectGraphType<InstitutionNode> institution, GraphQLOptions limits)
    {
        institution.Field<ConnectionType<ProviderType>>("providers")
            .Description("The provider catalogue by organisation, each with its whole partnership record: courses, contacts, evaluations, agreements, pilot cohort, scorecards, liaison and meetings.")
            .Paged()
            .ResolveAsync(async context =>
            {
                var (reader, caller) = await AllowedAsync(context);
                return await reader.PageAsync(caller, Page.From(context, limits), context.CancellationToken);
            });
        institution.Field<ListGraphType<NonNullGraphType<AgreementReminderType>>>("agreementReminders")
            .Description("Agreements expiring within 90, 30 or 7 days, soonest first, as the coordinator's dashboard shows them.")
            .ResolveAsync(async context =>
            {
                var (_, caller) = await AllowedAsync(context);
                return await context.RequestServices!.GetRequiredService<AgreementReminders>().DueAsync(caller.Institution, context.CancellationToken);
            });
    }

    /// <summary>A provider for node(id:), if the caller keeps its institution's partnerships.</summary>
    public static IDataLoaderResult Node(IResolveFieldContext context, Guid providerId) =>
        context.RequestServices!.GetRequiredService<PartnershipReader>().Provider(ToolUserContext.CallerOf(context), providerId);

    private static async Task<(PartnershipReader Reader, GraphQLCaller Caller)> AllowedAsync(IResolveFieldContext context)
    {
        var reader = context.RequestServices!.GetRequiredService<PartnershipReader>();
        var caller = ToolUserContext.CallerOf(context);
        return await reader.RefuseAsync(caller, context.CancellationToken) is { } refusal ? throw refusal.Error() : (reader, caller);
    }
}
