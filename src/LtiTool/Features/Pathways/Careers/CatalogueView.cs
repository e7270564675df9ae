using LtiPathways.PathwayGraphQL.Pathways.Careers;
using LtiPathways.PathwayGraphQL.Pathways.Planning;
using LtiPathways.PathwayGraphQL.Pathways.Plans;

namespace LtiPathways.LtiTool.Features.Pathways.Careers;

/// <summary>Every cluster and pathway to browse, with the student's held pathways and plan choice marked.</summary>
public sealed record CatalogueView(string SessionToken, CareerCatalogue Catalogue, CareerExplorationState State, bool CanAct, CareerPlan? Plan);
