namespace LtiPathways.Rubrics;

public enum SinglePointOutcome
{
    Concerns,
    Meets,
    Exceeds,
}
