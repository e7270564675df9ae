using LtiPathways.PathwayGraphQL.Pathways.Careers;
using static LtiPathways.PathwayGraphQL.Pathways.Careers.RiasecType;
using static LtiPathways.PathwayGraphQL.Tests.Pathways.Careers.CareerAnswers;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways.Careers;

public class CareerSuggesterTests
{
    // Investigative 100, Social 75, Artistic 50, the others 0: code ISA.
    private static readonly InterestProfile Isa =
        ProfileOf(Uniform(Liking.DislikeALot, (Investigative, Liking.LikeALot), (Social, Liking.Like), (Artistic, Liking.NotSure)));

    private static CareerCatalogue Small() => CareerCatalogue.Parse("""
        { "framework": "Test", "clusters": [
          { "name": "Health", "description": "Health.", "pathways": [
            { "name": "Care", "description": "Care.", "occupations": ["Nurse"], "certifications": ["CNA"], "ibSubjects": ["Biology"], "riasec": "SIA" },
            { "name": "Lab", "description": "Lab.", "occupations": ["Technician"], "certifications": ["Safety"], "ibSubjects": ["Chemistry"], "riasec": "IRC" } ] },
          { "name": "Making", "description": "Making.", "pathways": [
            { "name": "Workshop", "description": "Workshop.", "occupations": ["Welder"], "certifications": ["OSHA 10"], "ibSubjects": ["Physics"], "riasec": "RCI" },
            { "name": "Studio", "description": "Studio.", "occupations": ["Artist"], "certifications": ["Adobe"], "ibSubjects": ["Visual Arts"], "riasec": "ARI" },
            { "name": "Depot", "description": "Depot.", "occupations": ["Driver"], "certifications": ["CDL"], "ibSubjects": ["Geography"], "riasec": "RCE" } ] },
          { "name": "Helping", "description": "Helping.", "pathways": [
            { "name": "Teaching", "description": "Teaching.", "occupations": ["Teacher"], "certifications": ["CDA"], "ibSubjects": ["Psychology"], "riasec": "SAE" } ] } ] }
        """).Value!;

    [Fact]
    public void Pathways_are_ranked_by_weighted_interest_strength()
    {
        var suggestions = CareerSuggester.Suggest(Small(), Isa);

        // Care SIA: (3·75 + 2·100 + 50) / 6 = 79; Teaching SAE: (3·75 + 2·50) / 6 = 54; Lab IRC: 3·100 / 6 = 50;
        // Studio ARI: (3·50 + 100) / 6 = 42; Workshop RCI: 100 / 6 = 17; Depot RCE: 0.
        Assert.Equal(["Care", "Teaching", "Lab", "Studio", "Workshop", "Depot"], suggestions.Pathways.Select(p => p.Pathway));
        Assert.Equal([79, 54, 50, 42, 17, 0], suggestions.Pathways.Select(p => p.Fit));
    }

    [Fact]
    public void Clusters_are_ranked_by_their_closest_pathway()
    {
        var suggestions = CareerSuggester.Suggest(Small(), Isa);

        Assert.Equal([("Health", "Care", 79), ("Helping", "Teaching", 54), ("Making", "Studio", 42)],
            suggestions.Clusters.Select(c => (c.Cluster, c.ClosestPathway, c.Fit)));
        Assert.Equal("Suggested because your strongest interests are Social and Artistic; its closest pathway is Teaching.", suggestions.Clusters[1].Reason);
    }

    [Fact]
    public void Each_reason_names_the_strongest_interests_the_pathway_shares()
    {
        var reasons = CareerSuggester.Suggest(Small(), Isa).Pathways.ToDictionary(p => p.Pathway, p => p.Reason);

        Assert.Equal("Suggested because your strongest interests are Investigative, Social and Artistic.", reasons["Care"]);
        Assert.Equal("Suggested because your strongest interest is Investigative.", reasons["Lab"]);
        Assert.Equal("Suggested because your strongest interests are Investigative and Artistic.", reasons["Studio"]);
        Assert.Equal("A looser match: it suits Realistic, Conventional and Enterprising interests, which are not among your strongest.", reasons["Depot"]);
    }

    [Fact]
    public void A_pathway_sharing_only_a_weaker_interest_says_so()
    {
        var iec = ProfileOf(Uniform(Liking.DislikeALot, (Investigative, Liking.LikeALot), (Enterprising, Liking.Like), (Conventional, Liking.NotSure)));

        var teaching = CareerSuggester.Suggest(Small(), iec).Pathways.Single(p => p.Pathway == "Teaching");

        Assert.Equal("Suggested because Enterprising is one of your strongest interests.", teaching.Reason);
    }

    [Fact]
    public void The_shipped_catalogue_explains_a_suggestion_in_the_students_words()
    {
        var suggestions = CareerSuggester.Suggest(CareerCatalogue.LoadShipped().Value!, Isa);

        var protection = suggestions.Pathways.Single(p => p.Pathway == "Environmental Protection");
        Assert.Equal("Suggested because your strongest interests are Investigative and Social.", protection.Reason);
        Assert.Equal("Behavioral & Mental Health", suggestions.Pathways[0].Pathway);
    }

    [Fact]
    public void Strong_skills_lift_the_pathways_that_lean_on_them_and_are_named_in_the_reason()
    {
        var catalogue = CareerCatalogue.Parse("""
            { "framework": "Test", "clusters": [ { "name": "Work", "description": "Work.", "pathways": [
              { "name": "Office", "description": "Office.", "occupations": ["Clerk"], "certifications": ["MOS"], "ibSubjects": ["Economics"], "riasec": "CA" },
              { "name": "Workshop", "description": "Workshop.", "occupations": ["Fitter"], "certifications": ["OSHA 10"], "ibSubjects": ["Physics"], "riasec": "RA" } ] } ] }
            """).Value!;
        var interests = ProfileOf(Uniform(Liking.DislikeALot, (Realistic, Liking.LikeALot), (Conventional, Liking.LikeALot), (Artistic, Liking.NotSure)));
        var skills = SkillsSelfAssessment.Standard.Rate(SkillsSelfAssessment.Standard.Skills.Select(s =>
            new SkillRating(s.Id, s.Id is "hands-on" or "problem-solving" ? SkillLevel.Confident : SkillLevel.Starting))).Value!;

        var withoutSkills = CareerSuggester.Suggest(catalogue, interests);
        var withSkills = CareerSuggester.Suggest(catalogue, interests, skills);

        Assert.Equal(["Office", "Workshop"], withoutSkills.Pathways.Select(p => p.Pathway));
        Assert.Equal(["Workshop", "Office"], withSkills.Pathways.Select(p => p.Pathway));
        Assert.Equal("Suggested because your strongest interests are Realistic and Artistic, and you rated yourself well in problem solving and hands-on skills.",
            withSkills.Pathways[0].Reason);
    }
}
