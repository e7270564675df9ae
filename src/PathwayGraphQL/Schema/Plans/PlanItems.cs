using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Schema.Plans;

/// <summary>One list of a plan's document (goals, milestones, ...) and the changes a mutation makes to it, found by item id.</summary>
public sealed record PlanItems<T>(string Name, Func<PlanDocument, ValueList<T>> Get, Func<PlanDocument, ValueList<T>, PlanDocument> Set, Func<T, Guid> Id)
{
    public PlanItemChange Add(T item) => new(Name, Id(item), document => Set(document, [.. Get(document), item]), document => IndexOf(document, Id(item)));

    public PlanItemChange Edit(Guid id, Func<T, T> change) =>
        new(Name, id, document => Has(document, id) ? Set(document, Get(document).Select(item => Id(item) == id ? change(item) : item).ToValueList()) : null,
            document => IndexOf(document, id));

    public PlanItemChange Remove(Guid id) =>
        new(Name, id, document => Has(document, id) ? Set(document, Get(document).Where(item => Id(item) != id).ToValueList()) : null, null);

    private bool Has(PlanDocument document, Guid id) => Get(document).Any(item => Id(item) == id);

    private int IndexOf(PlanDocument document, Guid id) => Get(document).Select(Id).ToList().IndexOf(id);
}
