namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>An agreement's terms and period as the agreement form sends them; dates that did not parse are null.</summary>
public sealed record AgreementInput(string Responsibilities, string DataSharing, string QualityAssurance, DateOnly? StartsOn, DateOnly? ExpiresOn)
{
    public IReadOnlyList<InputProblem> Problems()
    {
        var problems = new List<InputProblem>();
        TextRules.Required(problems, "responsibilities", Responsibilities, "who is responsible for what", 4000);
        TextRules.Required(problems, "data-sharing", DataSharing, "what student data is shared and how", 4000);
        TextRules.Required(problems, "quality", QualityAssurance, "how quality is assured", 4000);
        if (StartsOn is null)
        {
            problems.Add(new("starts", "Enter the date the agreement starts."));
        }
        if (ExpiresOn is null)
        {
            problems.Add(new("expires", "Enter the date the agreement expires."));
        }
        else if (StartsOn is { } starts && ExpiresOn <= starts)
        {
            problems.Add(new("expires", $"The agreement must expire after it starts ({starts:yyyy-MM-dd}); check the two dates."));
        }
        return problems;
    }
}
