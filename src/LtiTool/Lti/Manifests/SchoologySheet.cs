using System.Text;

namespace LtiPathways.LtiTool.Lti.Manifests;

/// <summary>The values for a Schoology LTI 1.3 app (Schoology has no dynamic registration, checklist F.40).</summary>
public static class SchoologySheet
{
    public const string Issuer = "https://schoology.schoology.com";
    public const string AuthorizationEndpoint = "https://lti-service.svc.schoology.com/lti-service/authorize-redirect";
    public const string TokenEndpoint = "https://lti-service.svc.schoology.com/lti-service/access-token";
    public const string JwksUri = "https://lti-service.svc.schoology.com/lti-service/.well-known/jwks";

    public static string Render(ToolProfile tool)
    {
        var text = new StringBuilder()
            .Append("# LtiPathways in Schoology (LTI 1.3 app)\n\n")
            .Append("Create the app in the Schoology App Center (*Developer Apps → LTI 1.3 App*), then install it for your organisation.\n\n")
            .Append("## App settings\n\n")
            .Append("| Schoology field | Value |\n| --- | --- |\n")
            .Append($"| App name | {ToolProfile.Title} |\n")
            .Append($"| Description | {ToolProfile.Description} |\n")
            .Append($"| Domain / URL | {tool.Domain} |\n")
            .Append($"| OIDC Login Initiation URL | {tool.LoginUrl} |\n")
            .Append($"| Redirect URL(s) | {tool.LaunchUrl} |\n")
            .Append($"| Target Link URI | {tool.LaunchUrl} |\n")
            .Append($"| JWK / Public key set URL | {tool.JwksUrl} |\n")
            .Append($"| Custom parameters | {string.Join(", ", ToolProfile.CustomParameters.Select(p => $"`{p.Key}={p.Value}`"))} |\n\n")
            .Append("## Placements\n\n")
            .Append("- **Course Materials Selection** (deep linking: *Add Materials*; the only place Schoology offers deep linking)\n")
            .Append("- **Rich Text Editor** (deep linking into text)\n")
            .Append("- **External Tool** (resource link launch of placed materials)\n\n")
            .Append("## Privacy\n\n")
            .Append("Send the user's **name**, **email** and **role** (teachers recognise their students; roles choose the view).\n\n")
            .Append("## Services\n\n")
            .Append("- Deep Linking 2.0\n")
            .Append("- Assignment and Grade Services 2.0 (line items, scores, results)\n")
            .Append("- Names and Role Provisioning Services 2.0 (LtiPathways does not send `rlid` to Schoology, which refuses it)\n\n")
            .Append("## Camera and microphone\n\n")
            .Append($"Students record video and audio in the tool's frame, which needs `{ToolProfile.FrameAllow}`. ")
            .Append("Where the frame does not allow the camera or microphone, the tool offers students a button that opens the same ")
            .Append("page in a new window, where the browser asks for them itself.\n\n")
            .Append("## Register Schoology with LtiPathways\n\n")
            .Append("Schoology shows the app's *Client ID* and, after installing, the *Deployment ID*. Schoology's endpoints are the same for every school:\n\n")
            .Append("| LtiPathways setting | Value |\n| --- | --- |\n")
            .Append($"| Issuer | {Issuer} |\n")
            .Append($"| Authorization endpoint | {AuthorizationEndpoint} |\n")
            .Append($"| Token endpoint | {TokenEndpoint} |\n")
            .Append($"| JWKS URI | {JwksUri} |\n\n")
            .Append("```sh\n")
            .Append($"platforms add --issuer {Issuer} --client-id <Client ID> \\\n")
            .Append($"  --authorization-endpoint {AuthorizationEndpoint} \\\n")
            .Append($"  --token-endpoint {TokenEndpoint} \\\n")
            .Append($"  --jwks-uri {JwksUri} --deployment-id <Deployment ID>\n")
            .Append("```\n");
        return text.ToString();
    }
}
