using LtiPathways.PathwayGraphQL.Data.Partnerships;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>A course a provider offers, as the course form sends it; values that did not parse are null.</summary>
public sealed record CourseInput(string Title, CourseModality? Modality, decimal? Hours, string Cost, string Credential, string Recognition)
{
    public IReadOnlyList<InputProblem> Problems()
    {
        var problems = new List<InputProblem>();
        TextRules.Required(problems, "title", Title, "the course title", 200);
        if (Modality is null)
        {
            problems.Add(new("modality", "Choose how the course is taught."));
        }
        if (Hours is not { } hours || hours <= 0 || hours > 5000)
        {
            problems.Add(new("hours", "Enter the course's hours as a number above 0 and at most 5000."));
        }
        TextRules.Limit(problems, "cost", Cost, "the cost", 100);
        TextRules.Required(problems, "credential", Credential, "the credential the course leads to (or \"none\")", 200);
        TextRules.Limit(problems, "recognition", Recognition, "who recognises the credential", 400);
        return problems;
    }
}
