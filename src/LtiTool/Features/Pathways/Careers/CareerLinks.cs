namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>Where the career exploration pages live, and the plan page they hand over to.</summary>
public static class CareerLinks
{
    public const string Root = "/app/pathways/careers";

    /// <summary>The student's plan, or starting one: the pathway planner's own page.</summary>
    public const string Plan = "/app/pathways";

    public const string Interests = Root + "/interests";
    public const string FinishInterests = Interests + "/finish";
    public const string Results = Root + "/results";
    public const string Skills = Root + "/skills";
    public const string Browse = Root + "/browse";
    public const string PlanChoice = Root + "/plan-choice";
    public const string Compare = Root + "/compare";
    public const string Hold = Compare + "/hold";
    public const string Release = Compare + "/remove";

    public static string StudentResults(Guid studentUserId) => $"{Root}/students/{studentUserId}";
}
