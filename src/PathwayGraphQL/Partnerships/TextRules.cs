namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>The checks every partnership form shares: something given where it is needed, nothing longer than is kept.</summary>
internal static class TextRules
{
    public static void Required(List<InputProblem> problems, string field, string? value, string what, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, $"Enter {what}."));
        }
        else
        {
            Limit(problems, field, value, what, maxLength);
        }
    }

    public static void Limit(List<InputProblem> problems, string field, string? value, string what, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            problems.Add(new(field, $"Keep {what} to {maxLength} characters; it has {value.Length}."));
        }
    }
}
