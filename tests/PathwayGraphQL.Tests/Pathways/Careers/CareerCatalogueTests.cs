using LtiPathways.PathwayGraphQL.Pathways.Careers;

namespace LtiPathways.PathwayGraphQL.Tests.Pathways.Careers;

public class CareerCatalogueTests
{
    private const string Pathway = """{ "name": "Robotics", "description": "Build robots.", "occupations": ["Robotics technician"], "certifications": ["Robot operator"], "ibSubjects": ["Physics"], "riasec": "RIC" }""";

    private static string Catalogue(params string[] clusters) => $$"""{ "framework": "Test", "clusters": [{{string.Join(",", clusters)}}] }""";

    private static string Cluster(string name, params string[] pathways) =>
        $$"""{ "name": "{{name}}", "description": "About {{name}}.", "pathways": [{{string.Join(",", pathways)}}] }""";

    private static string PathwayNamed(string name, string riasec = "RIC") =>
        Pathway.Replace("\"Robotics\"", $"\"{name}\"", StringComparison.Ordinal).Replace("\"RIC\"", $"\"{riasec}\"", StringComparison.Ordinal);

    [Fact]
    public void The_shipped_catalogue_loads_with_the_frameworks_fourteen_clusters_and_seventy_two_pathways()
    {
        var result = CareerCatalogue.LoadShipped();

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        var catalogue = result.Value!;
        Assert.Equal(
            ["Advanced Manufacturing", "Agriculture", "Arts, Entertainment & Design", "Construction", "Digital Technology", "Education",
             "Energy & Natural Resources", "Financial Services", "Healthcare & Human Services", "Hospitality, Events & Tourism",
             "Management & Entrepreneurship", "Marketing & Sales", "Public Service & Safety", "Supply Chain & Transportation"],
            catalogue.Clusters.Select(c => c.Name));
        Assert.Equal(72, catalogue.Pathways.Count());
        Assert.Contains("modernized", catalogue.Framework, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_pathway_has_occupations_certifications_subjects_and_a_three_letter_code()
    {
        var catalogue = CareerCatalogue.LoadShipped().Value!;

        Assert.All(catalogue.Pathways, x =>
        {
            Assert.True(x.Pathway.ExampleOccupations.Count >= 2, x.Pathway.Name);
            Assert.NotEmpty(x.Pathway.Certifications);
            Assert.NotEmpty(x.Pathway.IbSubjects);
            Assert.Equal(3, x.Pathway.Interests.Types.Count);
        });
        Assert.All(Enum.GetValues<RiasecType>(), t => Assert.Contains(catalogue.Pathways, x => x.Pathway.Interests.Types[0] == t));
    }

    [Fact]
    public void A_pathway_is_found_by_cluster_and_name_ignoring_case()
    {
        var catalogue = CareerCatalogue.LoadShipped().Value!;

        Assert.Equal("Data Science & AI", catalogue.FindPathway("digital technology", "data science & ai")?.Name);
        Assert.Null(catalogue.FindPathway("Agriculture", "Data Science & AI"));
    }

    [Fact]
    public void A_catalogue_listing_a_cluster_twice_is_refused_with_a_sentence()
    {
        var result = CareerCatalogue.Parse(Catalogue(Cluster("Making", Pathway), Cluster("making", PathwayNamed("Welding"))));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.clusters[1].name", problem.Path);
        Assert.Equal("The cluster “making” is listed twice.", problem.Message);
    }

    [Fact]
    public void A_pathway_name_used_in_two_clusters_is_refused()
    {
        var result = CareerCatalogue.Parse(Catalogue(Cluster("Making", Pathway), Cluster("Machines", Pathway)));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("The pathway “Robotics” appears in both Making and Machines; pathway names must be unique.", problem.Message);
    }

    [Theory]
    [InlineData("RXC")]
    [InlineData("RR")]
    [InlineData("RIAS")]
    [InlineData("")]
    public void An_invalid_interest_code_is_refused_with_a_sentence(string riasec)
    {
        var result = CareerCatalogue.Parse(Catalogue(Cluster("Making", PathwayNamed("Robotics", riasec))));

        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems, p => p.Path == "$.clusters[0].pathways[0].riasec");
        Assert.Equal($"“{riasec}” is not an interest code: use one to three different letters from R, I, A, S, E and C.", problem.Message);
    }

    [Fact]
    public void Missing_fields_are_each_named()
    {
        var result = CareerCatalogue.Parse(Catalogue("""{ "name": "Making", "pathways": [{ "name": "Robotics", "riasec": "R" }] }"""));

        Assert.Equal(
            ["$.clusters[0].description", "$.clusters[0].pathways[0].description", "$.clusters[0].pathways[0].occupations",
             "$.clusters[0].pathways[0].certifications", "$.clusters[0].pathways[0].ibSubjects"],
            result.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Broken_json_is_refused_with_its_line()
    {
        var result = CareerCatalogue.Parse("{\n  \"clusters\": [\n    { \"name\": \"Making\" \n");

        var problem = Assert.Single(result.Problems);
        Assert.Equal("The catalogue is not valid JSON.", problem.Message);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void A_catalogue_without_its_framework_line_is_refused()
    {
        var result = CareerCatalogue.Parse(Catalogue(Cluster("Making", Pathway)).Replace("\"framework\": \"Test\",", "", StringComparison.Ordinal));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("$.framework", "The catalogue needs a \"framework\" line saying which edition of the career-clusters framework it follows."),
            (problem.Path, problem.Message));
    }

    [Fact]
    public void An_empty_catalogue_is_refused()
    {
        var result = CareerCatalogue.Parse("""{ "framework": "Test", "clusters": [] }""");

        Assert.Equal("The catalogue lists no clusters.", Assert.Single(result.Problems).Message);
    }
}
