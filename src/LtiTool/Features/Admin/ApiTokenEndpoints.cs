using LtiPathways.LtiTool.Features.GraphQL;
using LtiPathways.LtiTool.Session;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.ApiTokens;
using LtiPathways.PathwayGraphQL.Data.Api;
using LtiPathways.PathwayGraphQL.Data.Courses;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using static LtiPathways.LtiTool.Features.Admin.AdminHeadings;

namespace LtiPathways.LtiTool.Features.Admin;

/// <summary>An administrator's API tokens for their own institution (the registration and deployment they launched from).</summary>
public static class ApiTokenEndpoints
{
    public const string Path = "/admin/api-tokens";

    public static IEndpointRouteBuilder MapApiTokenAdmin(this IEndpointRouteBuilder routes)
    {
        var tokens = routes.MapGroup(Path).RequireAuthorization();
        tokens.MapGet("/", ShowAsync);
        tokens.MapPost("/", CreateAsync);
        tokens.MapPost("/{id:guid}/revoke", RevokeAsync);
        return routes;
    }

    private static async Task<IResult> ShowAsync(ToolSession session, ApiTokenStore tokens, SessionTokenIssuer sessions, CancellationToken cancellationToken) =>
        session.Role == CourseRole.Admin ? await RenderAsync(session, tokens, sessions, null, null, cancellationToken) : NotAdmin();

    private static async Task<IResult> CreateAsync(
        ToolSession session, HttpRequest request, ApiTokenStore tokens, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (session.Role != CourseRole.Admin)
        {
            return NotAdmin();
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (!Enum.TryParse<ApiTokenScope>(form["scope"], ignoreCase: true, out var scope) || !Enum.IsDefined(scope))
        {
            return Refusal.Invalid("Choose read or write for the token.").AsPage(NotChanged);
        }

        var issued = await tokens.CreateAsync(new Institution(session.RegistrationId, session.DeploymentId), form["name"].ToString(), scope,
            $"administrator (LtiPathways user {session.UserId})", cancellationToken);
        return issued.Succeeded
            ? await RenderAsync(session, tokens, sessions, $"\"{issued.Value.Token.Name}\" is created. Copy the token now: it is not shown again.",
                issued.Value.Secret, cancellationToken)
            : issued.Refusal.AsPage(NotChanged);
    }

    private static async Task<IResult> RevokeAsync(
        ToolSession session, Guid id, ApiTokenStore tokens, SessionTokenIssuer sessions, CancellationToken cancellationToken)
    {
        if (session.Role != CourseRole.Admin)
        {
            return NotAdmin();
        }

        var revoked = await tokens.RevokeAsync(id, session.RegistrationId, cancellationToken);
        return revoked.Succeeded
            ? await RenderAsync(session, tokens, sessions, $"\"{revoked.Value.Name}\" is revoked: it is refused from now on.", null, cancellationToken)
            : revoked.Refusal.AsPage(NotChanged);
    }

    private static async Task<IResult> RenderAsync(
        ToolSession session, ApiTokenStore tokens, SessionTokenIssuer sessions, string? notice, string? newSecret, CancellationToken cancellationToken) =>
        new RazorComponentResult<ApiTokensPage>(new
        {
            Tokens = await tokens.ListAsync(session.RegistrationId, cancellationToken),
            SessionToken = await sessions.IssueAsync(session, cancellationToken),
            Notice = notice,
            NewSecret = newSecret,
            GraphQLPath = GraphQLEndpoints.Path,
        });

    private static IResult NotAdmin() =>
        Refusal.Forbidden("Only an LMS administrator, launching LtiPathways from the LMS, can manage API tokens.").AsPage(AdministratorsOnly);
}
