using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>One to three distinct interest types, strongest first, written as letters ("ISA").</summary>
public sealed record InterestCode
{
    private InterestCode(ValueList<RiasecType> types) => Types = types;

    public ValueList<RiasecType> Types { get; }

    public static InterestCode Of(params RiasecType[] types) =>
        TryCreate(types, out var code) ? code : throw new ArgumentException("A code has one to three distinct types.", nameof(types));

    public static bool TryParse(string? letters, out InterestCode code)
    {
        var types = new List<RiasecType>();
        foreach (var letter in letters ?? "")
        {
            if (!RiasecLetter.TryParse(letter, out var type))
            {
                code = null!;
                return false;
            }
            types.Add(type);
        }
        return TryCreate(types, out code);
    }

    public bool Contains(RiasecType type) => Types.Contains(type);

    public override string ToString() => string.Concat(Types.Select(RiasecLetter.Of));

    private static bool TryCreate(IReadOnlyCollection<RiasecType> types, out InterestCode code)
    {
        var valid = types.Count is >= 1 and <= 3 && types.Distinct().Count() == types.Count && types.All(Enum.IsDefined);
        code = valid ? new InterestCode(types.ToValueList()) : null!;
        return valid;
    }
}
