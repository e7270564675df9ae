using LtiPathways.LtiTool.Lti.DeepLinking;
using LtiPathways.LtiTool.Shared;

namespace LtiPathways.LtiTool.Features.DeepLinking;

/// <summary>What the picker shows: the request it answers, the platform's settings, the fields and any problems.</summary>
public record DeepLinkingPickerView(
    string CourseTitle,
    string SessionToken,
    DeepLinkingSettings Settings,
    DeepLinkingForm Form,
    IReadOnlyList<FormError> Errors,
    long ToolMaxBytes);
