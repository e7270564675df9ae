using LtiPathways.PathwayGraphQL.Pathways.Templates;

namespace LtiPathways.LtiTool.Features.Pathways.Plan;

/// <summary>Each programme explained to a student choosing their plan.</summary>
public static class ProgrammeWords
{
    public static string Explain(Programme programme) => programme switch
    {
        Programme.CareerRelated =>
            "The IB Career-related Programme (CP): a career-related study with an outside provider, at least two Diploma Programme "
            + "subjects, and the CP core: Personal and Professional Skills, Community Engagement, the Reflective Project, and Language and Cultural Studies.",
        Programme.CteIlp =>
            "A CTE Individualized Learning Plan (ILP): a career cluster and pathway, a sequence of courses by grade, an industry "
            + "certification, work-based learning hours (job shadow, internship, apprenticeship) and employability skills.",
        _ =>
            "Both in one plan: everything the IB Career-related Programme asks and everything the CTE plan asks, so work you do "
            + "once (hours, evidence, courses) counts toward both where it applies.",
    };
}
