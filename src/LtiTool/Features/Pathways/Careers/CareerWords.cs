using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Rules;

namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>The words the career pages use for the model's values: interest types in plain language, answers, statuses.</summary>
public static class CareerWords
{
    public static string Nickname(RiasecType type) => type switch
    {
        RiasecType.Realistic => "Doers",
        RiasecType.Investigative => "Thinkers",
        RiasecType.Artistic => "Creators",
        RiasecType.Social => "Helpers",
        RiasecType.Enterprising => "Persuaders",
        _ => "Organisers",
    };

    public static string Meaning(RiasecType type) => type switch
    {
        RiasecType.Realistic => "You enjoy working with your hands, tools, machines, plants or animals, and seeing a practical result.",
        RiasecType.Investigative => "You enjoy finding out how things work, solving puzzles and working with ideas, evidence and data.",
        RiasecType.Artistic => "You enjoy making up new things, expressing ideas and working where there is room for imagination.",
        RiasecType.Social => "You enjoy helping, teaching and caring for people, and working with others rather than alone.",
        RiasecType.Enterprising => "You enjoy leading, persuading people, starting things and taking a chance on an idea.",
        _ => "You enjoy order, detail and numbers, and clear ways of doing things that others can rely on.",
    };

    public static string Answer(Liking liking) => liking switch
    {
        Liking.DislikeALot => "Dislike a lot",
        Liking.Dislike => "Dislike",
        Liking.NotSure => "Not sure",
        Liking.Like => "Like",
        _ => "Like a lot",
    };

    public static string Status(RequirementStatus status) => status switch
    {
        RequirementStatus.AtRisk => "At risk",
        RequirementStatus.Missing => "Missing",
        RequirementStatus.OnTrack => "On track",
        RequirementStatus.Met => "Met",
        _ => "Waived",
    };

    /// <summary>The most points a type can score: each of its activities answered "like a lot".</summary>
    public static int MostPoints(RiasecType type) =>
        InterestInventory.Standard.Items.Count(i => i.Type == type) * (int)Liking.LikeALot;
}
