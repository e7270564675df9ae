namespace LtiPathways.LtiTool.Shared;

/// <summary>How a field finds its problem, and the aria attributes that tie the field to the sentence.</summary>
public static class FormErrors
{
    public static FormError? For(this IReadOnlyList<FormError> errors, string field) => errors.FirstOrDefault(e => e.Field == field);

    /// <summary>The aria-invalid value; null leaves the attribute out.</summary>
    public static string? InvalidFlag(this IReadOnlyList<FormError> errors, string field) => errors.For(field) is null ? null : "true";

    /// <summary>The aria-describedby value pointing at the field's sentence; null leaves the attribute out.</summary>
    public static string? DescribedBy(this IReadOnlyList<FormError> errors, string field) => errors.For(field) is null ? null : ErrorId(field);

    public static string ErrorId(string field) => field + "-error";
}
