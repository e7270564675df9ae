using LtiPathways.Rubrics;
using static LtiPathways.PathwayGraphQL.Pathways.Careers.RiasecType;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>Our eight employability skills, each with what levels 1 to 4 look like in a student's own words.</summary>
internal static class StandardSkills
{
    public static ValueList<EmployabilitySkill> All { get; } =
    [
        Skill("communication", "Communication", "Sharing ideas clearly when speaking and writing, and listening well.", [Social, Enterprising],
            "I find it hard to explain my ideas or to follow what others mean.",
            "I can explain simple ideas to people I know, with some help.",
            "I explain my ideas clearly to most people and check that they understood.",
            "I change how I speak and write to suit any audience and help others understand each other."),
        Skill("teamwork", "Teamwork", "Working with others towards a shared goal.", [Social, Enterprising],
            "I prefer to work alone and find it hard to share tasks.",
            "I do my part in a group when someone tells me what it is.",
            "I share tasks fairly, keep my promises to the group and respect other views.",
            "I help a group agree, bring quieter members in and sort out disagreements."),
        Skill("problem-solving", "Problem solving", "Working out what is wrong and finding a way to fix it.", [Investigative, Realistic],
            "I get stuck when something goes wrong and wait for help.",
            "I can solve familiar problems by following steps I have seen before.",
            "I break a new problem into parts, try ideas and check whether they worked.",
            "I tackle unfamiliar problems on my own, compare solutions and explain my choice."),
        Skill("digital", "Digital skills", "Using technology to find, make and share things safely.", [Investigative, Conventional],
            "I use a few apps but often need help with files, accounts or settings.",
            "I can use common school software and find information online.",
            "I choose the right tool for a task, judge whether sources are reliable and keep my data safe.",
            "I learn new tools quickly, automate routine work and help others with technology."),
        Skill("self-management", "Self-management", "Organising your time, meeting deadlines and keeping going.", [Conventional],
            "I often miss deadlines or forget what I need to do.",
            "I meet deadlines when someone reminds me.",
            "I plan my work, keep track of deadlines and finish what I start.",
            "I set my own goals, plan ahead for busy weeks and bounce back from setbacks."),
        Skill("creativity", "Creativity", "Coming up with new ideas and new ways of doing things.", [Artistic],
            "I prefer to copy an example rather than try my own ideas.",
            "I can change an example to make it a little my own.",
            "I come up with several ideas of my own and develop the best one.",
            "I combine ideas in original ways and take creative risks to improve my work."),
        Skill("leadership", "Leadership", "Taking the lead, helping a group decide and taking responsibility.", [Enterprising, Social],
            "I would rather not take the lead in a group.",
            "I take the lead on small tasks when asked.",
            "I organise a group, make decisions with others and take responsibility for results.",
            "I lead groups through hard choices, encourage others and learn from what went wrong."),
        Skill("hands-on", "Hands-on skills", "Using tools, equipment and materials safely and accurately.", [Realistic],
            "I am unsure how to use most tools and equipment safely.",
            "I can use basic tools safely when someone shows me how.",
            "I use tools and equipment safely and accurately on my own.",
            "I pick the right tool for a job, maintain equipment and show others how to work safely."),
    ];

    private static EmployabilitySkill Skill(string id, string name, string description, RiasecType[] supports, params string[] levels) =>
        new(id, name, description, levels.ToValueList(), supports.ToValueList());
}
