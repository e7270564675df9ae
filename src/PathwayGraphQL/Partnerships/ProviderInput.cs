using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>A provider's catalogue entry as the add and edit forms send it; a kind or status that did not parse is null.</summary>
public sealed record ProviderInput(
    string Organisation, ProviderKind? Kind, ProviderStatus? Status, string? Website, string NeedsAnalysis, Guid? LiaisonUserId)
{
    public IReadOnlyList<InputProblem> Problems()
    {
        var problems = new List<InputProblem>();
        TextRules.Required(problems, "organisation", Organisation, "the organisation's name", 200);
        if (Kind is null)
        {
            problems.Add(new("kind", "Choose what kind of provider this is."));
        }
        if (Status is null)
        {
            problems.Add(new("status", "Choose where the partnership stands."));
        }
        TextRules.Limit(problems, "website", Website, "the website address", 500);
        if (!string.IsNullOrWhiteSpace(Website) && !IsWebAddress(Website.Trim()))
        {
            problems.Add(new("website", "Enter the website as a full address starting with https://, or leave it empty."));
        }
        TextRules.Limit(problems, "needs", NeedsAnalysis, "the needs analysis", 4000);
        return problems;
    }

    private static bool IsWebAddress(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
