using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Rules;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.PlanSamples;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.RuleCases;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways;

/// <summary>One test per remaining requirement kind (counts, certifications, artefacts, grades, sequences, choices, waivers), with the sentence the student reads.</summary>
public sealed class RuleSentenceTests
{
    [Theory]
    [InlineData(0, RequirementStatus.Missing, "Reflective Project supervision: no hours logged yet; 3 to 6 are needed.")]
    [InlineData(2, RequirementStatus.OnTrack, "Reflective Project supervision: 2 of at least 3 hours logged; up to 6 count.")]
    [InlineData(4.5, RequirementStatus.Met, "Reflective Project supervision: 4.5 hours logged, within 3 to 6.")]
    [InlineData(7, RequirementStatus.Met, "Reflective Project supervision: 7 hours logged; 6 of them count, as 3 to 6 are asked for.")]
    public void Hour_range(decimal hours, RequirementStatus status, string sentence)
    {
        var plan = hours == 0 ? PlanDocument.Empty : WithHours(hours, HourKind.RpSupervision);

        AssertResult(status, sentence, Evaluate("reflective-project-supervision", plan));
    }

    [Fact]
    public void Count_of_dp_subjects_below_the_minimum_is_at_risk()
    {
        var plan = PlanDocument.Empty with { Courses = [new CourseChoice(Id(1), CourseKind.DpSubject, "Biology", CourseLevel.Higher, 11)] };

        AssertResult(RequirementStatus.AtRisk,
            "Diploma Programme subjects: 1 of at least 2 chosen (Biology HL); choose 1 more.", Evaluate("dp-subjects", plan));
    }

    [Fact]
    public void Count_of_dp_subjects_reached_is_met()
    {
        var plan = PlanDocument.Empty with
        {
            Courses = [new CourseChoice(Id(1), CourseKind.DpSubject, "Biology", CourseLevel.Higher, 11), new CourseChoice(Id(2), CourseKind.DpSubject, "History", CourseLevel.Standard, 12)],
        };

        AssertResult(RequirementStatus.Met, "Diploma Programme subjects: Biology HL and History SL chosen, at least 2 needed.", Evaluate("dp-subjects", plan));
    }

    [Fact]
    public void One_crs_chosen_is_met_and_none_is_missing()
    {
        AssertResult(RequirementStatus.Met, "Career-related study: Network Technician Certificate with City College.", Evaluate("career-related-study", CombinedPlan()));
        AssertResult(RequirementStatus.Missing, "Career-related study: no career-related study chosen yet.", Evaluate("career-related-study", PlanDocument.Empty));
    }

    [Fact]
    public void Certification_valid_is_met_with_its_issuer_and_expiry()
    {
        AssertResult(RequirementStatus.Met,
            "Industry certification: CompTIA A+ from CompTIA, valid until 1 June 2029.", Evaluate("industry-certification", CombinedPlan()));
    }

    [Fact]
    public void Certification_expiring_within_the_warning_is_at_risk()
    {
        AssertResult(RequirementStatus.AtRisk,
            "Industry certification: CompTIA A+ expires on 1 June; renew it before then.",
            Evaluate("industry-certification", CombinedPlan(), new DateOnly(2029, 4, 1)));
    }

    [Fact]
    public void Certification_expired_no_longer_counts()
    {
        AssertResult(RequirementStatus.Missing,
            "Industry certification: CompTIA A+ expired on 1 June; renew it or earn 1 more certification.",
            Evaluate("industry-certification", CombinedPlan(), new DateOnly(2029, 7, 1)));
    }

    [Fact]
    public void Artefacts_partly_done_name_what_is_left()
    {
        AssertResult(RequirementStatus.OnTrack,
            "Reflective Project: 1 of 4 done; still to do: learning journal, planning and progress form and final submission (linked to the work you handed in).",
            Evaluate("reflective-project", CombinedPlan()));
    }

    [Fact]
    public void The_final_submission_counts_only_when_it_links_the_handed_in_work()
    {
        var typed = CombinedPlan() with
        {
            ProjectArtefacts = [.. CombinedPlan().ProjectArtefacts, new ProjectArtefact(Id(40), "final-submission", "My final essay", new DateOnly(2026, 11, 20), null)],
        };
        var linked = typed with
        {
            ProjectArtefacts = [.. CombinedPlan().ProjectArtefacts, new ProjectArtefact(Id(40), "final-submission", "My final essay", new DateOnly(2026, 11, 20), Id(41))],
        };

        AssertResult(RequirementStatus.OnTrack,
            "Reflective Project: 1 of 4 done; still to do: learning journal, planning and progress form and final submission (linked to the work you handed in).",
            Evaluate("reflective-project", typed));
        AssertResult(RequirementStatus.OnTrack,
            "Reflective Project: 2 of 4 done; still to do: learning journal and planning and progress form.",
            Evaluate("reflective-project", linked));
    }

    [Fact]
    public void Grade_threshold_met_by_a_released_assessment_tagged_for_it()
    {
        var result = Evaluate("employability-skills", CombinedPlan(), released: new() { [Id(13)] = 82.5m });

        AssertResult(RequirementStatus.Met, "Employability skills: Employability skills presentation scored 82.5%, at least the 70% needed.", result);
    }

    [Fact]
    public void Grade_threshold_below_is_at_risk_and_unreleased_is_on_track()
    {
        AssertResult(RequirementStatus.AtRisk,
            "Employability skills: the best released result is 64% (Employability skills presentation); 70% needed.",
            Evaluate("employability-skills", CombinedPlan(), released: new() { [Id(13)] = 64m }));
        AssertResult(RequirementStatus.OnTrack,
            "Employability skills: Employability skills presentation not released yet; 70% needed.",
            Evaluate("employability-skills", CombinedPlan()));
    }

    [Fact]
    public void Prerequisite_in_the_same_grade_is_at_risk()
    {
        var plan = PlanDocument.Empty with
        {
            Courses =
            [
                new CourseChoice(Id(1), CourseKind.CteCourse, "Principles of IT", CourseLevel.None, 10),
                new CourseChoice(Id(2), CourseKind.CteCourse, "Networking", CourseLevel.None, 11),
                new CourseChoice(Id(3), CourseKind.CteCourse, "Network Security", CourseLevel.None, 11),
            ],
        };
        RequirementDefinition Sequenced(RequirementDefinition r) => r with
        {
            Parameters = r.Parameters with { Prerequisites = [new Prerequisite("Networking", "Principles of IT"), new Prerequisite("Network Security", "Networking")] },
        };

        AssertResult(RequirementStatus.AtRisk,
            "Course sequence: Network Security in grade 11 needs Networking in an earlier grade, not grade 11.",
            Evaluate("course-sequence", plan, change: Sequenced));
        var moved = plan with { Courses = [plan.Courses[0], plan.Courses[1], plan.Courses[2] with { GradeYear = 12 }] };
        AssertResult(RequirementStatus.Met,
            "Course sequence: 3 courses planned from grade 10 to grade 12, each after what it needs.",
            Evaluate("course-sequence", moved, change: Sequenced));
    }

    [Fact]
    public void Crs_counts_as_the_cte_programme_where_the_combined_template_says_so()
    {
        var template = ShippedTemplates.Combined with { CrsCountsAsCteProgramme = true };

        AssertResult(RequirementStatus.Met,
            "Course sequence: your career-related study, Network Technician Certificate, counts as your CTE programme of study.",
            Evaluate("course-sequence", CombinedPlan(), template: template));
        Assert.Equal(RequirementStatus.AtRisk, Evaluate("course-sequence", CombinedPlan()).Status);
    }

    [Fact]
    public void Cluster_and_pathway_chosen_is_met_and_a_cluster_alone_is_on_track()
    {
        AssertResult(RequirementStatus.Met, "Career cluster and pathway: Network Systems in Information Technology.", Evaluate("career-cluster-and-pathway", CombinedPlan()));
        AssertResult(RequirementStatus.OnTrack, "Career cluster and pathway: Health Science chosen; now choose a pathway in it.",
            Evaluate("career-cluster-and-pathway", PlanDocument.Empty with { Career = new CareerChoice("Health Science", "") }));
    }

    [Fact]
    public void Waiver_under_a_former_key_waives_with_its_reason()
    {
        AssertResult(RequirementStatus.Waived,
            "Language and Cultural Studies: waived by Dr Ruiz on 20 September: Native speaker of the target language.",
            Evaluate("language-and-cultural-studies", CombinedPlan() with { Waivers = [CombinedPlan().Waivers[0] with { RequirementKey = "language-development" }] }));
    }
}
