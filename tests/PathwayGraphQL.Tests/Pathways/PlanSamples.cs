using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

/// <summary>Plans as tests need them, with every part filled in.</summary>
public static class PlanSamples
{
    public static readonly DateOnly September1 = new(2026, 9, 1);

    public static PlanDocument CombinedPlan() => PlanDocument.Empty with
    {
        StartedOn = September1,
        Goals = [new Goal(Id(1), "Earn the CompTIA A+ certification", "Pass both exams", September1, new DateOnly(2027, 5, 1), GoalStatus.InProgress)],
        Milestones = [new Milestone(Id(2), "Book the first exam", new DateOnly(2027, 1, 15), null, Id(1))],
        Reflections = [new Reflection(Id(3), ReflectionKind.LearningJournal, new DateOnly(2026, 10, 2), "Narrowed my research question.", null, ["reflective-project"])],
        Hours =
        [
            new HourLog(Id(4), new DateOnly(2026, 10, 3), 4m, HourKind.PpsGuided, "Team-working workshop", "Ms Ada Park"),
            new HourLog(Id(5), new DateOnly(2026, 10, 10), 2.5m, HourKind.JobShadow, "Hospital IT desk", "Mr Lee"),
        ],
        Courses =
        [
            new CourseChoice(Id(6), CourseKind.DpSubject, "Biology", CourseLevel.Higher, 11),
            new CourseChoice(Id(7), CourseKind.CteCourse, "Principles of Information Technology", CourseLevel.None, 11),
        ],
        CareerRelatedStudy = new CareerRelatedStudy(Id(8), "Network Technician Certificate", "City College"),
        Career = new CareerChoice("Information Technology", "Network Systems"),
        Certifications = [new Certification(Id(9), "CompTIA A+", "CompTIA", new DateOnly(2026, 6, 1), new DateOnly(2029, 6, 1))],
        ProjectArtefacts = [new ProjectArtefact(Id(10), "proposal", "Proposal: privacy in school networks", new DateOnly(2026, 11, 1), Id(11))],
        Evidence = [new Evidence(Id(12), EvidenceSource.RubricAssessment, Id(13), "Employability skills presentation", ["employability-skills", "personal-and-professional-skills"])],
        Waivers = [new Waiver(Id(14), "language-and-cultural-studies", "Native speaker of the target language", Id(15), "Dr Ruiz", new DateTimeOffset(2026, 9, 20, 8, 0, 0, TimeSpan.Zero))],
    };

    public static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");
}
