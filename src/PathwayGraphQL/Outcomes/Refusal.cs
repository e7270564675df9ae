namespace LtiPathways.PathwayGraphQL.Outcomes;

/// <summary>A refusal: a code for machines and one sentence for the person, naming what to do next where there is something.</summary>
public sealed record Refusal(RefusalCode Code, string Sentence)
{
    public static Refusal NotFound(string sentence) => new(RefusalCode.NotFound, sentence);

    public static Refusal Forbidden(string sentence) => new(RefusalCode.Forbidden, sentence);

    public static Refusal Invalid(string sentence) => new(RefusalCode.Invalid, sentence);

    public static Refusal Declined(string sentence) => new(RefusalCode.Declined, sentence);

    public static Refusal TooLarge(string sentence) => new(RefusalCode.TooLarge, sentence);

    public static Refusal Conflict(string sentence) => new(RefusalCode.Conflict, sentence);
}
