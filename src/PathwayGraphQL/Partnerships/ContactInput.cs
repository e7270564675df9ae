namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>A person at the provider, as the contact form sends them.</summary>
public sealed record ContactInput(string Name, string Role, string? Email, string? Phone)
{
    public IReadOnlyList<InputProblem> Problems()
    {
        var problems = new List<InputProblem>();
        TextRules.Required(problems, "name", Name, "the contact's name", 200);
        TextRules.Limit(problems, "role", Role, "the contact's role", 200);
        TextRules.Limit(problems, "email", Email, "the e-mail address", 320);
        if (!string.IsNullOrWhiteSpace(Email) && !Email.Contains('@', StringComparison.Ordinal))
        {
            problems.Add(new("email", "Enter an e-mail address with an @, or leave it empty."));
        }
        TextRules.Limit(problems, "phone", Phone, "the phone number", 50);
        return problems;
    }
}
