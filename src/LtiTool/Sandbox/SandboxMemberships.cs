using System.Globalization;
using System.Text.Json.Nodes;
using LtiPathways.LtiTool.Lti.Roles;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.AspNetCore.WebUtilities;

namespace LtiPathways.LtiTool.Sandbox;

/// <summary>The sandbox's Names and Role Provisioning Services 2.0 endpoint: the course roster, paged like Canvas.</summary>
public static class SandboxMemberships
{
    public const string MediaType = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    public const int DefaultLimit = 50;

    public static void Map(RouteGroupBuilder sandbox) => sandbox.MapGet("/courses/{contextId}/memberships", List);

    private static IResult List(HttpContext context, string contextId, SandboxAccessTokens tokens, string? role, int? limit, int? page)
    {
        if (tokens.Check(context.Request, PlatformScopes.Memberships) is { } refusal)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return TypedResults.Text(refusal.Sentence, statusCode: refusal.Status);
        }

        if (contextId != SandboxCourse.ContextId)
        {
            return TypedResults.Text("The sandbox has no course with that context id.", statusCode: StatusCodes.Status404NotFound);
        }

        var size = Math.Clamp(limit ?? DefaultLimit, 1, 100);
        var number = Math.Max(page ?? 1, 1);
        var wanted = role is null ? null : LtiRoles.Normalise(role);
        var matching = SandboxRoster.Members
            .Where(m => wanted is null || m.Person.Roles.Any(r => LtiRoles.Normalise(r) == wanted)).ToList();
        var slice = matching.Skip((number - 1) * size).Take(size);

        if (number * size < matching.Count)
        {
            var self = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{context.Request.Path}";
            var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
            query["page"] = (number + 1).ToString(CultureInfo.InvariantCulture);
            query["limit"] = size.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers.Append("Link", $"<{QueryHelpers.AddQueryString(self, query)}>; rel=\"next\"");
        }

        var body = new JsonObject
        {
            ["id"] = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}{context.Request.QueryString}",
            ["context"] = new JsonObject { ["id"] = SandboxCourse.ContextId, ["label"] = SandboxCourse.Label, ["title"] = SandboxCourse.Title },
            ["members"] = new JsonArray(slice.Select(Member).ToArray()),
        };
        return TypedResults.Text(body.ToJsonString(), MediaType);
    }

    private static JsonNode Member(SandboxRosterMember member) => new JsonObject
    {
        ["status"] = member.Status,
        ["name"] = member.Person.Name,
        ["given_name"] = member.Person.GivenName,
        ["family_name"] = member.Person.FamilyName,
        ["email"] = member.Person.Email,
        ["user_id"] = member.Person.Subject,
        ["roles"] = new JsonArray(member.Person.Roles.Select(r => (JsonNode)r).ToArray()),
    };
}
