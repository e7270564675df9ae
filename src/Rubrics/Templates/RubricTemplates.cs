namespace LtiPathways.Rubrics;

/// <summary>The template library shipped with the tool.</summary>
public static class RubricTemplates
{
    public static ValueList<RubricTemplate> All { get; } =
    [
        ReflectiveProjectTemplate.Create(),
        CoreTemplates.PersonalAndProfessionalSkills(),
        CoreTemplates.CommunityEngagement(),
        CoreTemplates.LanguageAndCulturalStudies(),
        ClassroomTemplates.EmployabilitySkills(),
        ClassroomTemplates.PresentationOrPodcast(),
        ClassroomTemplates.SinglePointEssay(),
    ];

    public static RubricTemplate? Find(string key) => All.FirstOrDefault(t => t.Key == key);

    /// <summary>Scores providers, not student work, so it is kept apart from the library teachers copy from.</summary>
    public static RubricTemplate ProviderEvaluation { get; } = ProviderEvaluationTemplate.Create();
}
