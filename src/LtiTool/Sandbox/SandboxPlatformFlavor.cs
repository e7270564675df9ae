namespace LtiPathways.LtiTool.Sandbox;

/// <summary>Which platform the sandbox's dynamic registration imitates (chosen by ?flavor=).</summary>
public enum SandboxPlatformFlavor
{
    /// <summary>Spec-conformant: bearer registration token on both calls.</summary>
    Standard,

    /// <summary>Canvas: no openid in scopes_supported, 422 when a tool asks for it, privacy_level required.</summary>
    Canvas,

    /// <summary>Canvas refusing the registration outright: 422 {"errors":[]}.</summary>
    CanvasRefuses,

    /// <summary>Moodle: unauthenticated configuration, application_type as an array, deployment_id in the tool configuration.</summary>
    Moodle,

    /// <summary>A configuration whose issuer is on another host than the configuration URL.</summary>
    Mismatch,
}
