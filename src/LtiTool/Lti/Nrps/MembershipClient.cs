using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LtiPathways.LtiTool.Lti.Ags;
using LtiPathways.LtiTool.Lti.Platforms;
using LtiPathways.LtiTool.Lti.Services;
using LtiPathways.PathwayGraphQL.Data.Platforms;
using Microsoft.AspNetCore.WebUtilities;

namespace LtiPathways.LtiTool.Lti.Nrps;

/// <summary>Names and Role Provisioning Services 2.0: reads a context's members, page by page.</summary>
public class MembershipClient(IHttpClientFactory httpClients, IPlatformAccessTokenProvider tokens, ILogger<MembershipClient> logger)
{
    public const string MediaType = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    private const int MaxPages = 200;
    private static readonly string[] Scopes = [PlatformScopes.Memberships];

    public async Task<MembershipRoster> FetchAsync(
        PlatformRegistration registration, string membershipsUrl, MembershipQuery query, CancellationToken cancellationToken)
    {
        if (!PlatformUrlRule.IsAllowed(membershipsUrl))
        {
            throw new NrpsException("The course's roster address is not an https URL, so LtiPathways did not call it.");
        }

        var filters = Filters(registration, query);
        var members = new List<NrpsMember>();
        string? contextId = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? url = WithQuery(membershipsUrl, filters);
        while (url is not null && seen.Add(url))
        {
            if (seen.Count > MaxPages)
            {
                throw new NrpsException($"The platform's roster did not end after {MaxPages} pages.");
            }

            var (page, next) = await FetchPageAsync(registration, url, cancellationToken);
            contextId ??= page.ContextId;
            members.AddRange(page.Members);
            // NRPS 2.0 section 2.4: the next URL is the platform's; keep our filters where it dropped them (checklist E.35).
            url = next is null ? null : WithQuery(new Uri(new Uri(url), next).ToString(), filters);
        }

        // Some platforms ignore the role filter; apply it here too so callers always get what they asked for.
        var kept = query.Role is { } role
            ? members.Where(m => m.Roles.Any(r => Roles.LtiRoles.Normalise(r) == Roles.LtiRoles.Normalise(role))).ToList()
            : members;
        return new MembershipRoster(contextId, kept, seen.Count);
    }

    private async Task<(MembershipRoster Page, string? Next)> FetchPageAsync(
        PlatformRegistration registration, string url, CancellationToken cancellationToken)
    {
        using var client = httpClients.CreateClient(PlatformHttpClients.For(registration, PlatformHttpClients.Services));
        string? rejected = null;
        for (var attempt = 1; ; attempt++)
        {
            var token = await TokenAsync(registration, rejected, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(MediaType));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                throw new NrpsException($"The platform's roster could not be reached: {exception.Message}", exception);
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 1)
                {
                    // An expired or revoked token: ask for a new one once.
                    rejected = token;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    // The body may list members, so only the status is logged.
                    logger.LogWarning("NRPS {Url} answered {Status}", url, (int)response.StatusCode);
                    throw new NrpsException($"The platform refused to list the course's members ({(int)response.StatusCode}).");
                }

                var json = await response.Content.ReadAsStringAsync(cancellationToken);
                return (MembershipContainer.Parse(json), LinkHeader.Find(response, "next"));
            }
        }
    }

    private async Task<string> TokenAsync(PlatformRegistration registration, string? rejected, CancellationToken cancellationToken)
    {
        try
        {
            return await tokens.GetTokenAsync(registration, Scopes, rejected, cancellationToken);
        }
        catch (PlatformServiceException exception)
        {
            throw new NrpsException(exception.Message, exception);
        }
    }

    /// <summary>Schoology answers 400 to rlid (checklist E.34), so it is sent only to platforms that accept it.</summary>
    private static Dictionary<string, string> Filters(PlatformRegistration registration, MembershipQuery query)
    {
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (query.Role is { } role)
        {
            filters["role"] = role;
        }

        if (query.ResourceLinkId is { } rlid && !string.Equals(registration.ProductFamily, "schoology", StringComparison.OrdinalIgnoreCase))
        {
            filters["rlid"] = rlid;
        }

        if (query.Limit is { } limit)
        {
            filters["limit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return filters;
    }

    /// <summary>Adds the filters the URL does not already carry, keeping its own query string (checklist E.35).</summary>
    private static string WithQuery(string url, Dictionary<string, string> filters)
    {
        var existing = QueryHelpers.ParseQuery(new Uri(url).Query);
        var missing = filters.Where(f => !existing.ContainsKey(f.Key)).ToDictionary(f => f.Key, f => (string?)f.Value);
        return missing.Count == 0 ? url : QueryHelpers.AddQueryString(url, missing);
    }
}
