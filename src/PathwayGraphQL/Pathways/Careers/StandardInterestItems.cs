using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Careers;

/// <summary>Our own 48 activities, eight per type, interleaved so a student meets the types in turn.</summary>
internal static class StandardInterestItems
{
    private static readonly (RiasecType Type, string[] Activities)[] ByType =
    [
        (RiasecType.Realistic, [
            "Repair a bicycle so that it rides smoothly again",
            "Build a bookshelf or a birdhouse from wood",
            "Wire a small circuit with a battery, a switch and a light",
            "Grow vegetables in a school garden bed",
            "Cook a full meal for your family from a recipe",
            "Set up the tents and gear on a camping trip",
            "Use tools to fix a broken chair, door or fence",
            "Run a 3D printer or laser cutter to make a part you designed",
        ]),
        (RiasecType.Investigative, [
            "Run a science experiment and work out why it turned out as it did",
            "Solve a tricky maths or logic puzzle",
            "Find out how a vaccine teaches the body to fight an illness",
            "Look at pond water under a microscope",
            "Study survey results to find a pattern nobody noticed",
            "Track down why a computer program gives the wrong answer",
            "Read about black holes, volcanoes or how the brain works",
            "Design a fair test to find which paper towel soaks up the most water",
        ]),
        (RiasecType.Artistic, [
            "Draw, paint or design a poster",
            "Write a short story, a poem or song lyrics",
            "Act in or direct a school play",
            "Film and edit a short video",
            "Play an instrument or sing in a group",
            "Design an outfit or redecorate your room",
            "Take photographs and choose the best ones for an exhibition",
            "Invent the characters and world of a video game",
        ]),
        (RiasecType.Social, [
            "Help a younger student with their homework",
            "Listen to a friend who is going through a hard time",
            "Volunteer at a food bank or a community centre",
            "Coach a children's sports team",
            "Show new students around the school and help them settle in",
            "Learn first aid so you can help someone who gets hurt",
            "Help two classmates settle an argument",
            "Visit and chat with older people in a care home",
        ]),
        (RiasecType.Enterprising, [
            "Run for student council and give a campaign speech",
            "Start a small business selling things you make",
            "Persuade people to sign up for a charity event",
            "Lead a group project and share out the tasks",
            "Argue one side in a debate",
            "Pitch an idea to a panel to win funding for it",
            "Organise a school fair and get local shops to sponsor it",
            "Negotiate a fair price when buying or selling something",
        ]),
        (RiasecType.Conventional, [
            "Keep the accounts for a club and track every payment",
            "Sort and label files so anyone can find what they need",
            "Make a spreadsheet to track your spending",
            "Check a report carefully for spelling and number mistakes",
            "Plan a detailed timetable for a trip or an event",
            "Keep a list of all the equipment in the sports store up to date",
            "Enter survey answers into a database without a single slip",
            "Take the minutes and keep the records at a club meeting",
        ]),
    ];

    public static ValueList<InterestItem> All { get; } =
        Enumerable.Range(0, ByType.Max(t => t.Activities.Length))
            .SelectMany(i => ByType.Where(t => i < t.Activities.Length)
                .Select(t => new InterestItem($"{RiasecLetter.Of(t.Type)}{i + 1}", t.Type, t.Activities[i])))
            .ToValueList();
}
