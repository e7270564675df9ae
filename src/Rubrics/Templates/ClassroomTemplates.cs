using static LtiPathways.Rubrics.TemplateParts;

namespace LtiPathways.Rubrics;

/// <summary>Rubrics for everyday classroom work: employability, presentations, essays.</summary>
internal static class ClassroomTemplates
{
    public static RubricTemplate EmployabilitySkills() => new(
        "cte-employability-skills",
        "CTE Employability Skills",
        "Four-level analytic rubric for workplace habits in a career and technical course; safety weighs double.",
        Version(RubricKind.Analytic,
        [
            FourLevels("punctuality", "Attendance and punctuality", "",
                "Always on time and ready to start; lets people know in advance about any absence.",
                "Nearly always on time and ready.", "Late or unprepared now and then.", "Often late or unprepared."),
            FourLevels("safety", "Safety and care of equipment", "",
                "Follows every safety rule, wears the right gear and reminds others.",
                "Follows safety rules and looks after tools.", "Needs reminders about safety or tidying up.",
                "Puts self or others at risk.", weight: 2m),
            FourLevels("teamwork", "Teamwork", "",
                "Helps the team succeed and makes others' work easier.", "A reliable team member.",
                "Works with others when asked.", "Works against the team or not at all."),
            FourLevels("communication", "Workplace communication", "",
                "Clear, polite and professional with everyone, in person and in writing.",
                "Clear and polite most of the time.", "Sometimes unclear or too casual.", "Communication causes problems."),
            FourLevels("initiative", "Initiative and problem solving", "",
                "Spots what needs doing and does it; tries solutions before asking.",
                "Gets on with tasks and asks good questions.", "Waits to be told what to do next.", "Stops when stuck."),
        ]));

    public static RubricTemplate PresentationOrPodcast() => new(
        "presentation-podcast",
        "Presentation or Podcast",
        "Analytic rubric with point ranges for content and delivery, plus free-form points for timing.",
        Version(RubricKind.Analytic,
        [
            new LevelCriterion("content", "Content", "Accuracy, depth and use of sources.",
            [
                new Level("content-high", "Strong", "Accurate, well researched and goes beyond the obvious.", 10m, 8m),
                new Level("content-mid", "Sound", "Accurate with some depth; sources used.", 7m, 5m),
                new Level("content-low", "Thin", "Some errors or gaps; few sources.", 4m, 0m),
            ]),
            new LevelCriterion("structure", "Structure", "A clear opening, a logical order and a real ending.",
            [
                new Level("structure-high", "Strong", "Easy to follow from start to finish.", 5m, 4m),
                new Level("structure-mid", "Sound", "Mostly in a sensible order.", 3m, 2m),
                new Level("structure-low", "Thin", "Jumps around; hard to follow.", 1m, 0m),
            ]),
            new LevelCriterion("delivery", "Delivery", "Voice, pace and engagement with the audience or listener.",
            [
                new Level("delivery-high", "Strong", "Confident, well paced and keeps the audience interested.", 5m, 4m),
                new Level("delivery-mid", "Sound", "Clear, with a few rushed or flat moments.", 3m, 2m),
                new Level("delivery-low", "Thin", "Hard to hear or follow; reads from notes throughout.", 1m, 0m),
            ]),
            new FreeFormCriterion("timing", "Timing and production", "Keeps to the time limit; clean audio or visuals.", 5m),
        ]));

    public static RubricTemplate SinglePointEssay() => new(
        "single-point-essay",
        "Single-Point Essay",
        "States what a proficient essay does; note concerns or where the student goes beyond. 1, 3 or 4 points per criterion.",
        Version(RubricKind.SinglePoint,
        [
            Standard("claim", "Claim", "States a clear, arguable claim early and sticks to it."),
            Standard("evidence", "Evidence", "Backs each main point with relevant evidence and explains how it supports the claim."),
            Standard("counter", "Counterargument", "Takes on at least one opposing view fairly and answers it."),
            Standard("organisation", "Organisation", "Paragraphs follow a logical order with clear links between them."),
            Standard("conventions", "Conventions", "Spelling, grammar and citations are accurate enough not to distract."),
        ]));

    private static SinglePointCriterion Standard(string id, string title, string standard) =>
        new(id, title, standard, new SinglePointPoints(1m, 3m, 4m));
}
