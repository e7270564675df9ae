using System.Globalization;
using LtiPathways.LtiTool.Lti.Ags;

namespace LtiPathways.LtiTool.Features.Grading;

/// <summary>
/// Finds the LMS gradebook column for an assignment link: the one the platform coupled to the link, else one found or created
/// through the line item service. The URL is stored on the link by the caller's SaveChanges.
/// </summary>
public class GradebookColumn(LineItemClient lineItems, ILogger<GradebookColumn> logger)
{
    public const string Tag = "ltipathways";

    /// <summary>The line item URL, or null with a sentence for the teacher saying why there is none.</summary>
    public async Task<(string? Url, string? Problem)> EnsureAsync(GradingScope scope, CancellationToken cancellationToken)
    {
        if (scope.Link.LineItemUrl is { } coupled)
        {
            return (coupled, null);
        }

        if (scope.Course.LineItemsUrl is not { } container)
        {
            return (null, "The LMS gave this link no gradebook column, so grades stay in LtiPathways and are not sent to the LMS.");
        }

        var access = new AgsAccess(scope.Registration, scope.Course.ServiceScopes);
        try
        {
            var resourceId = scope.Assignment.Id.ToString();
            var existing = await lineItems.ListAsync(
                access, container, new LineItemFilter(ResourceLinkId: scope.Link.ResourceLinkId, ResourceId: resourceId), cancellationToken);
            var item = existing.FirstOrDefault(i => i.ResourceId == resourceId && i.Id is not null)
                ?? await lineItems.CreateAsync(access, container, new LineItem
                {
                    Label = scope.Assignment.Title,
                    ScoreMaximum = scope.Assignment.PointsPossible is decimal max and > 0 ? max : 100m,
                    ResourceLinkId = scope.Link.ResourceLinkId,
                    ResourceId = resourceId,
                    Tag = Tag,
                    EndDateTime = scope.Assignment.DueAt?.ToString("O", CultureInfo.InvariantCulture),
                }, cancellationToken);
            scope.Link.LineItemUrl = item.Id;
            return (item.Id, item.Id is null ? "The LMS created a gradebook column but did not say where it is." : null);
        }
        catch (PlatformServiceException e)
        {
            logger.LogWarning("Could not find or create a gradebook column for assignment {Assignment}: {Reason}", scope.Assignment.Id, e.Message);
            return (null, "LtiPathways could not create a gradebook column in the LMS: " + e.Message);
        }
    }
}
