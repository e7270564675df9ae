using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Outcomes;

/// <summary>A refusal: a code for machines and one sentence for the person, naming what to do next where there is something.</summary>
public sealed record Refusal(RefusalCode Code, string Sentence)
{
    /// <summary>
    /// For <see cref="RefusalCode.Invalid"/> input with fields: every broken rule with its field's path (<c>hours[2].date</c>),
    /// so each entry point shows each sentence beside its own field; <see cref="Sentence"/> is the first of them.
    /// </summary>
    public ValueList<Problem> Problems { get; init; } = [];

    public static Refusal NotFound(string sentence) => new(RefusalCode.NotFound, sentence);

    public static Refusal Forbidden(string sentence) => new(RefusalCode.Forbidden, sentence);

    public static Refusal Invalid(string sentence) => new(RefusalCode.Invalid, sentence);

    public static Refusal Invalid(ValueList<Problem> problems) => new(RefusalCode.Invalid, problems[0].Message) { Problems = problems };

    public static Refusal Declined(string sentence) => new(RefusalCode.Declined, sentence);

    public static Refusal TooLarge(string sentence) => new(RefusalCode.TooLarge, sentence);

    public static Refusal Conflict(string sentence) => new(RefusalCode.Conflict, sentence);
}
