using static LtiPathways.Rubrics.TemplateParts;

namespace LtiPathways.Rubrics;

internal static class ProviderEvaluationTemplate
{
    public static RubricTemplate Create() => new(
        "crs-provider-evaluation",
        "CRS provider evaluation",
        "For coordinators choosing a career-related study provider: how well its courses fit the IB's expectations, scored before an agreement and again at review.",
        Version(RubricKind.Analytic,
        [
            FourLevels("ib-alignment", "Alignment with IB standards and the learner profile",
                "How far the course's aims, teaching and expectations of students fit the programme's standards and the attributes of the learner profile.",
                "Aims and activities are planned around the standards; the learner profile is visible in how students are taught and assessed.",
                "Most aims fit the standards and several learner profile attributes are deliberately developed.",
                "Some overlap with the standards, but it is incidental; the learner profile is not addressed.",
                "The course works towards goals of its own that sit uneasily with the programme."),
            FourLevels("assessment-transparency", "Assessment transparency",
                "Whether students and the school can see how work is assessed, against which criteria, and how results are reached.",
                "Criteria, mark schemes and sample work are shared in advance; results come with the reasons for them.",
                "Criteria are published and results are explained on request.",
                "Criteria exist but are not shared with students or the school until after assessment.",
                "Assessment is a closed process; results arrive without criteria or explanation."),
            FourLevels("reflection-ethics", "Reflection and ethics in coursework",
                "How much the coursework asks students to reflect on their learning and to consider the ethical side of the work they train for.",
                "Regular reflection is built into the course and ethical questions of the field are studied and discussed.",
                "Students reflect at set points and meet ethical questions in at least one unit.",
                "Reflection or ethics appears occasionally, left to individual tutors.",
                "Neither reflection nor ethical questions are part of the course."),
            FourLevels("staff-qualifications", "Staff qualifications",
                "Whether the people who teach and assess are qualified and experienced in the field and in teaching young people.",
                "All teaching staff hold recognised qualifications and current practice in the field, and are trained to work with secondary students.",
                "Teaching staff are qualified in the field; some have experience with students of this age.",
                "Qualifications are uneven or not documented for every tutor.",
                "The provider could not show who teaches or what qualifies them."),
            FourLevels("feedback-moderation", "Feedback and moderation",
                "How students hear about their progress and how the provider checks that its assessors mark consistently.",
                "Timely, specific feedback on every assessed task; marking is moderated internally and externally, with records the school may see.",
                "Feedback is given on major tasks and a sample of marking is moderated.",
                "Feedback is brief or late; moderation is informal.",
                "Students receive marks only and no moderation takes place."),
        ]));
}
