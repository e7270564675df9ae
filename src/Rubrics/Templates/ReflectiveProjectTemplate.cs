using static LtiPathways.Rubrics.TemplateParts;

namespace LtiPathways.Rubrics;

internal static class ReflectiveProjectTemplate
{
    private const string NotYet = "Nothing in the work reaches the lowest band yet.";

    public static RubricTemplate Create() => new(
        "ib-cp-reflective-project",
        "IB CP Reflective Project",
        "Markbands for the Reflective Project, written in our own words. The grade boundaries are illustrative: replace them with the ones your school uses.",
        Version(RubricKind.IbMarkbands,
        [
            Bands("focus", "Focus and method", "How clearly the question is set up and how sensibly the student went about answering it.",
                NotYet,
                "The question is vague and the way the student researched it is hard to follow.",
                "The question is stated and some research is planned, but sources are few or not chosen with care.",
                "A clear, manageable question with a sensible plan and a fair range of relevant sources."),
            Bands("context", "Understanding in context", "How well the student understands the ethical dilemma and the setting it sits in.",
                NotYet,
                "Describes the issue in general terms with little link to a real place or community.",
                "Explains the issue in a real setting and shows some understanding of the people it affects.",
                "Explains the issue in a real setting with accurate detail and a clear sense of the different people affected."),
            Bands("thinking", "Critical thinking", "How well the student weighs up views, evidence and the ethical question itself.",
                NotYet,
                "Mostly retells what sources say; opinions are stated but not supported.",
                "Some analysis of different views, with evidence used now and then to back up points.",
                "Compares several views and judges the evidence; the conclusion follows from the argument.",
                "Weighs competing views with insight, questions the evidence, and reaches a well-argued, balanced conclusion."),
            Bands("communication", "Communication", "How clearly the work is organised, written and referenced.",
                NotYet,
                "Hard to follow; the structure and referencing get in the way of the ideas.",
                "Mostly clear, with a workable structure and referencing that is present but uneven.",
                "Clear and well organised throughout, with consistent referencing and subject terms used accurately."),
            Bands("reflection", "Reflection on the process", "How honestly the student looks back on planning, progress and what they learned.",
                NotYet,
                "Reflection is brief and describes what happened rather than what was learned.",
                "Reflects on some decisions and setbacks and says what they would change.",
                "Reflects thoughtfully on planning and progress, links it to their own growth and the career context."),
        ],
        [
            new GradeBoundary(1, 0m), new GradeBoundary(2, 5m), new GradeBoundary(3, 10m), new GradeBoundary(4, 15m),
            new GradeBoundary(5, 19m), new GradeBoundary(6, 23m), new GradeBoundary(7, 27m),
        ]));
}
