namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>A meeting log entry as the meeting form sends it.</summary>
public sealed record MeetingInput(DateOnly? HeldOn, string Attendees, string Notes)
{
    public IReadOnlyList<InputProblem> Problems(DateOnly today)
    {
        var problems = new List<InputProblem>();
        if (HeldOn is not { } held)
        {
            problems.Add(new("held", "Enter the date the meeting took place."));
        }
        else if (held > today)
        {
            problems.Add(new("held", "The log records meetings that took place; enter a date up to today."));
        }
        TextRules.Required(problems, "attendees", Attendees, "who attended", 1000);
        TextRules.Required(problems, "notes", Notes, "what was discussed or agreed", 4000);
        return problems;
    }
}
