using LtiPathways.Rubrics;

namespace LtiPathways.PathwayGraphQL.Pathways.Templates;

/// <summary>The parameters each requirement kind cannot do without; problems name the parameter.</summary>
public static class RequirementParameterRules
{
    public static IEnumerable<Problem> Check(RequirementDefinition requirement)
    {
        var p = requirement.Parameters;
        var name = requirement.Name;
        switch (requirement.Kind)
        {
            case RequirementKind.CourseCount or RequirementKind.CourseSequence:
                if (p.CourseKind is null)
                {
                    yield return new Problem($"{name} needs the kind of course it counts.", "courseKind");
                }
                if (p.Minimum is not > 0)
                {
                    yield return new Problem($"{name} needs a minimum number of courses of at least 1.", "minimum");
                }
                break;
            case RequirementKind.Certifications or RequirementKind.ReflectedActivities when p.Minimum is not > 0:
                yield return new Problem($"{name} needs a minimum of at least 1.", "minimum");
                break;
            case RequirementKind.HourTarget when p.TargetHours is not > 0:
                yield return new Problem($"{name} needs a target of more than 0 hours.", "targetHours");
                break;
            case RequirementKind.HourRange when p.MinimumHours is not >= 0 || p.MaximumHours is not { } most || most < p.MinimumHours:
                yield return new Problem($"{name} needs a minimum and a maximum number of hours, the maximum not below the minimum.", "maximumHours");
                break;
            case RequirementKind.Artefacts when p.Artefacts.Count == 0:
                yield return new Problem($"{name} needs at least one artefact.", "artefacts");
                break;
            case RequirementKind.ModuleCompleted when string.IsNullOrWhiteSpace(p.ModuleKey):
                yield return new Problem($"{name} needs the key of the module it counts.", "moduleKey");
                break;
            case RequirementKind.GradeThreshold when p.MinimumPercentage is not (>= 0 and <= 100):
                yield return new Problem($"{name} needs a minimum percentage from 0 to 100.", "minimumPercentage");
                break;
        }
        var countsHours = requirement.Kind is RequirementKind.HourTarget or RequirementKind.HourRange or RequirementKind.ReflectedActivities;
        if (countsHours && p.HourKinds.Count == 0)
        {
            yield return new Problem($"{name} needs the kinds of hours it counts.", "hourKinds");
        }
    }
}
