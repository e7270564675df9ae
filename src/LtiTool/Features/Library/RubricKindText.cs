using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Library;

public static class RubricKindText
{
    public static string Name(RubricKind kind) => kind switch
    {
        RubricKind.Analytic => "Analytic",
        RubricKind.Holistic => "Holistic",
        RubricKind.SinglePoint => "Single-point",
        _ => "IB markbands",
    };
}
