namespace LtiPathways.PathwayGraphQL.Data.Lti;

/// <summary>
/// A deep linking request waiting for the teacher's choice: the launch's settings, kept server-side between the
/// launch and the picker's form post. Scoped to who asked and where; used once; short-lived.
/// </summary>
public class DeepLinkingRequest
{
    /// <summary>A random, unguessable id carried by the picker form.</summary>
    public required string Id { get; set; }

    public Guid RegistrationId { get; set; }
    public Guid DeploymentId { get; set; }
    public Guid CourseId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The platform's <c>deployment_id</c> as it sent it, for the response's deployment claim.</summary>
    public required string PlatformDeploymentId { get; set; }

    public required string ReturnUrl { get; set; }

    /// <summary>The settings' <c>data</c> value exactly as received (raw JSON), echoed unchanged in the response.</summary>
    public string? DataJson { get; set; }

    /// <summary>accept_types, space separated.</summary>
    public string AcceptTypes { get; set; } = "";

    /// <summary>accept_presentation_document_targets, space separated.</summary>
    public string AcceptPresentationTargets { get; set; } = "";

    public bool AcceptMultiple { get; set; }
    public bool AutoCreate { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? ConsumedAt { get; set; }
}
