using LtiPathways.PathwayGraphQL.Pathways.Careers;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways.Careers;

public class PathwayAlternativesTests
{
    private static readonly CareerCatalogue Catalogue = CareerCatalogue.LoadShipped().Value!;

    private static readonly PathwayChoice Software = new("Plan A", "Digital Technology", "Software Solutions",
        ["Computer Science I", "Computer Science II", "Web Design"], ["Python Institute PCEP"]);

    private static readonly PathwayChoice Networks = new("Plan B", "Digital Technology", "Network Systems & Cybersecurity",
        ["Computer Science I", "Networking Fundamentals"], ["CompTIA Network+", "Python Institute PCEP"]);

    private static readonly PathwayChoice Nursing = new("Plan C", "Healthcare & Human Services", "Physical Health",
        ["Health Science I", "Anatomy and Physiology"], ["Certified Nursing Assistant (CNA)"]);

    [Fact]
    public void Each_choice_lists_what_differs_from_the_reference()
    {
        var alternatives = PathwayAlternatives.Create(Catalogue, [Software, Networks, Nursing]).Value!;

        var differences = alternatives.CompareWith(Software);

        Assert.Equal(["Plan B", "Plan C"], differences.Select(d => d.Choice.Label));
        var networks = differences[0];
        Assert.False(networks.ClusterDiffers);
        Assert.True(networks.PathwayDiffers);
        Assert.Equal(["Networking Fundamentals"], networks.CoursesOnlyHere);
        Assert.Equal(["Computer Science II", "Web Design"], networks.CoursesOnlyThere);
        Assert.Equal(["CompTIA Network+"], networks.CertificationsOnlyHere);
        Assert.Empty(networks.CertificationsOnlyThere);
        Assert.Equal(
            ["Plan B follows Network Systems & Cybersecurity; Plan A follows Software Solutions.",
             "Courses only in Plan B: Networking Fundamentals.",
             "Courses only in Plan A: Computer Science II, Web Design.",
             "Certifications only in Plan B: CompTIA Network+."],
            networks.Lines);
        Assert.Equal("Plan C is in Healthcare & Human Services; Plan A is in Digital Technology.", differences[1].Lines.First());
    }

    [Fact]
    public void Identical_choices_say_they_are_the_same()
    {
        var copy = Software with { Label = "Plan B", Courses = ["web design", "Computer Science II", "Computer Science I"] };

        var difference = copy.CompareWith(Software);

        Assert.True(difference.IsSame);
        Assert.Equal(["Plan B and Plan A are the same."], difference.Lines);
    }

    [Fact]
    public void One_choice_or_four_are_refused()
    {
        var one = PathwayAlternatives.Create(Catalogue, [Software]);
        var four = PathwayAlternatives.Create(Catalogue, [Software, Networks, Nursing, Nursing with { Label = "Plan D" }]);

        Assert.Equal("Compare 2 or 3 pathways side by side; there are 1.", Assert.Single(one.Problems).Message);
        Assert.Equal("Compare 2 or 3 pathways side by side; there are 4.", Assert.Single(four.Problems).Message);
    }

    [Fact]
    public void Pathways_missing_from_the_catalogue_and_repeated_names_are_refused()
    {
        var result = PathwayAlternatives.Create(Catalogue,
            [Software, Networks with { Label = "plan a", Pathway = "Robotics" }, Nursing with { Cluster = "Health Science" }]);

        Assert.Equal(
            ["Two choices are called “Plan A”; give each its own name.",
             "plan a: Digital Technology has no pathway called “Robotics”.",
             "Plan C: there is no cluster called “Health Science”."],
            result.Problems.Select(p => p.Message));
    }
}
