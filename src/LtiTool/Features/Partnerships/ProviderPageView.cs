using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Partnerships;

namespace LtiPathways.LtiTool.Features.Partnerships;

/// <summary>
/// A provider's page: its record, the institution's students for the pilot form, and after a refused form the
/// sentences beside its fields, what was typed, and which form to show open.
/// </summary>
public sealed record ProviderPageView(ProviderDetail Detail, IReadOnlyList<PersonChoice> Students, DateOnly Today, string SessionToken)
{
    public IReadOnlyList<FormError> Errors { get; init; } = [];

    public IReadOnlyDictionary<string, string> Input { get; init; } = new Dictionary<string, string>();

    public string? Notice { get; init; }

    public string? OpenForm { get; init; }

    public Guid ProviderId => Detail.Provider.Id;

    public string Value(string field, string? stored = null) => Input.TryGetValue(field, out var typed) ? typed : stored ?? "";

    public bool IsOpen(string form) => OpenForm == form;
}
