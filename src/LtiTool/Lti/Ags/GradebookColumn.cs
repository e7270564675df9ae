using System.Globalization;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Grading;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>
/// Finds the LMS gradebook column for an assignment link: the one the platform coupled to the link, else one found or created
/// through the line item service. The URL is stored on the link by the caller's SaveChanges.
/// </summary>
public class GradebookColumn(LineItemClient lineItems, ILogger<GradebookColumn> logger) : IGradebookColumns
{
    public const string Tag = "ltipathways";

    public async Task<GradebookColumnResult> EnsureAsync(LaunchedAssignment launched, CancellationToken cancellationToken)
    {
        if (launched.Link.LineItemUrl is { } coupled)
        {
            return GradebookColumnResult.Found(coupled);
        }

        if (launched.Course.LineItemsUrl is not { } container)
        {
            return GradebookColumnResult.None(MissingColumnReason.NotOffered);
        }

        var access = new AgsAccess(launched.Registration, launched.Course.ServiceScopes);
        try
        {
            var resourceId = launched.Assignment.Id.ToString();
            var existing = await lineItems.ListAsync(
                access, container, new LineItemFilter(ResourceLinkId: launched.Link.ResourceLinkId, ResourceId: resourceId), cancellationToken);
            var item = existing.FirstOrDefault(i => i.ResourceId == resourceId && i.Id is not null)
                ?? await lineItems.CreateAsync(access, container, new LineItem
                {
                    Label = launched.Assignment.Title,
                    ScoreMaximum = launched.ScoreMaximum,
                    ResourceLinkId = launched.Link.ResourceLinkId,
                    ResourceId = resourceId,
                    Tag = Tag,
                    EndDateTime = launched.Assignment.DueAt?.ToString("O", CultureInfo.InvariantCulture),
                }, cancellationToken);
            launched.Link.LineItemUrl = item.Id;
            return item.Id is { } url ? GradebookColumnResult.Found(url) : GradebookColumnResult.None(MissingColumnReason.LocationNotGiven);
        }
        catch (PlatformServiceException e)
        {
            logger.LogWarning("Could not find or create a gradebook column for assignment {Assignment}: {Reason}", launched.Assignment.Id, e.Message);
            return GradebookColumnResult.None(MissingColumnReason.PlatformRefused, e.Message);
        }
    }
}
