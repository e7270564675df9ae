using static LtiPathways.Rubrics.TemplateParts;

namespace LtiPathways.Rubrics;

/// <summary>Analytic rubrics for the other parts of the IB CP core, in our own words.</summary>
internal static class CoreTemplates
{
    public static RubricTemplate PersonalAndProfessionalSkills() => new(
        "ib-cp-personal-professional-skills",
        "Personal and Professional Skills",
        "Four-level analytic rubric for the skills course: self-management, working with others, thinking and communicating.",
        Version(RubricKind.Analytic,
        [
            FourLevels("self", "Managing myself", "Organisation, deadlines, looking after wellbeing.",
                "Plans ahead, meets deadlines without reminders and adjusts when things go wrong.",
                "Usually organised and on time; asks for help early when stuck.",
                "Meets some deadlines; needs reminders to plan and follow through.",
                "Often misses deadlines and has no plan yet."),
            FourLevels("others", "Working with others", "Teamwork, listening, handling disagreement.",
                "Brings the group together, listens well and sorts out disagreements fairly.",
                "Does a fair share, listens and respects other views.",
                "Joins in when asked; sometimes talks over others or leaves work to them.",
                "Rarely contributes to the group yet."),
            FourLevels("thinking", "Thinking it through", "Solving problems and making ethical choices.",
                "Looks at a problem from several sides and explains the choice made and why.",
                "Finds sensible solutions and can give reasons for them.",
                "Suggests a solution but reasons are thin.",
                "Needs a lot of support to work out a way forward."),
            FourLevels("communicating", "Communicating", "Speaking, writing and presenting for different audiences.",
                "Clear and confident; changes style to suit the audience and purpose.",
                "Clear most of the time, with a sensible structure.",
                "Gets the main point across but is hard to follow in places.",
                "The message is hard to make out."),
        ]));

    public static RubricTemplate CommunityEngagement() => new(
        "ib-cp-community-engagement",
        "Community Engagement",
        "Formerly Service Learning. Four-level analytic rubric for planning, action and reflection on a community project.",
        Version(RubricKind.Analytic,
        [
            FourLevels("need", "Understanding the need", "Research into what the community actually needs.",
                "Talks to the people affected and uses what they say to shape the project.",
                "Researches the need and can explain who it helps.",
                "Describes a need in general terms with little research.",
                "Has not yet identified a real need."),
            FourLevels("action", "Taking action", "Planning and carrying out the project.",
                "Carries out a realistic plan, keeps going through setbacks and records the work.",
                "Follows a plan and completes most of what was promised.",
                "Starts the work but the plan is loose and parts are left undone.",
                "Little action so far."),
            FourLevels("reflection", "Reflecting", "What the student learned about themselves and the community.",
                "Reflects honestly on impact, own growth and what they would do differently.",
                "Explains what went well and what they learned.",
                "Describes what happened with a little comment on learning.",
                "Reflection is missing or a single line."),
        ]));

    public static RubricTemplate LanguageAndCulturalStudies() => new(
        "ib-cp-language-cultural-studies",
        "Language and Cultural Studies",
        "Formerly Language Development. Four-level analytic rubric for the portfolio; speaking and writing weigh double.",
        Version(RubricKind.Analytic,
        [
            FourLevels("speaking", "Speaking and listening", "Everyday and work conversations in the target language.",
                "Keeps a conversation going with ease and fixes own mistakes.",
                "Handles familiar conversations; pauses but gets there.",
                "Manages short exchanges with support.",
                "Uses single words and set phrases.", weight: 2m),
            FourLevels("writing", "Reading and writing", "Understanding texts and writing for a purpose.",
                "Understands the main points and details and writes clearly for different purposes.",
                "Understands the main points and writes short, clear texts.",
                "Understands simple texts and writes with frequent errors.",
                "Reads and writes only very simple phrases.", weight: 2m),
            FourLevels("culture", "Cultural understanding", "Links between language, culture and the student's career area.",
                "Compares cultures thoughtfully and shows how this matters at work.",
                "Describes cultural differences with examples.",
                "Notices some differences without explaining them.",
                "Little reference to culture yet."),
            FourLevels("portfolio", "Portfolio and reflection", "Keeping evidence and reflecting on progress.",
                "A full, organised portfolio with reflection that sets clear next steps.",
                "A complete portfolio with some reflection on progress.",
                "Some evidence collected; reflection is brief.",
                "The portfolio is mostly empty."),
        ]));
}
