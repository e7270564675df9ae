using System.Text;

namespace LtiPathways.LtiTool.Lti.Manifests;

/// <summary>What a Moodle administrator enters under Site administration → Plugins → External tool → Manage tools.</summary>
public static class MoodleSheet
{
    public static string Render(ToolProfile tool)
    {
        var custom = string.Join("<br>", ToolProfile.CustomParameters.Select(p => $"`{p.Key}={p.Value}`"));
        var text = new StringBuilder()
            .Append("# LtiPathways in Moodle (4.x)\n\n")
            .Append("## Dynamic registration (recommended)\n\n")
            .Append("In *Site administration → Plugins → Activity modules → External tool → Manage tools*, paste this URL into ")
            .Append("*Tool URL* and choose *Add LTI Advantage*:\n\n")
            .Append($"    {tool.RegistrationUrl}\n\n")
            .Append("Moodle then lists the tool as pending: activate it in Moodle, and approve it in LtiPathways ")
            .Append("(`/admin/registrations`, or `platforms approve --issuer <your Moodle URL> --client-id <client id>`).\n\n")
            .Append("## Manual configuration\n\n")
            .Append("*Configure a tool manually*, with these values:\n\n")
            .Append("| Moodle field | Value |\n| --- | --- |\n")
            .Append($"| Tool name | {ToolProfile.Title} |\n")
            .Append($"| Tool URL | {tool.LaunchUrl} |\n")
            .Append($"| Tool description | {ToolProfile.Description} |\n")
            .Append("| LTI version | LTI 1.3 |\n")
            .Append("| Public key type | Keyset URL |\n")
            .Append($"| Public keyset | {tool.JwksUrl} |\n")
            .Append($"| Initiate login URL | {tool.LoginUrl} |\n")
            .Append($"| Redirection URI(s) | {tool.LaunchUrl} |\n")
            .Append($"| Custom parameters | {custom} |\n")
            .Append("| Tool configuration usage | Show in activity chooser and as a preconfigured tool |\n")
            .Append("| Default launch container | Embed, without blocks |\n")
            .Append("| Supports Deep Linking (Content-Item Message) | Yes |\n")
            .Append($"| Content Selection URL | {tool.LaunchUrl} |\n")
            .Append("| IMS LTI Assignment and Grade Services | Use this service for grade sync and column management |\n")
            .Append("| IMS LTI Names and Role Provisioning | Use this service to retrieve members' information as per privacy settings |\n")
            .Append("| Tool Settings | Do not use this service |\n")
            .Append("| Share launcher's name with tool | Always |\n")
            .Append("| Share launcher's email with tool | Always |\n")
            .Append("| Accept grades from the tool | Always |\n\n")
            .Append("## Camera and microphone\n\n")
            .Append("Students record video and audio inside the tool's frame, so the frame must allow ")
            .Append($"`{ToolProfile.FrameAllow}`. Moodle's embedded external tool frame allows camera and microphone; if a theme ")
            .Append("or a security plugin removes the frame's `allow` attribute, the tool offers students a button that opens ")
            .Append("the same page in a new window, where the browser asks for the camera itself.\n\n")
            .Append("## Register Moodle with LtiPathways\n\n")
            .Append("After saving, Moodle shows the tool's *Client ID* and *Deployment ID* (*View configuration details*). ")
            .Append("Its own endpoints, with `https://moodle.example.org` standing for your Moodle's `wwwroot`:\n\n")
            .Append("| LtiPathways setting | Moodle value |\n| --- | --- |\n")
            .Append("| Issuer | `https://moodle.example.org` (the site URL, no trailing slash) |\n")
            .Append("| JWKS URI | `https://moodle.example.org/mod/lti/certs.php` |\n")
            .Append("| Token endpoint | `https://moodle.example.org/mod/lti/token.php` |\n")
            .Append("| Authorization endpoint | `https://moodle.example.org/mod/lti/auth.php` |\n\n")
            .Append("```sh\n")
            .Append("platforms add --issuer https://moodle.example.org --client-id <Client ID> \\\n")
            .Append("  --authorization-endpoint https://moodle.example.org/mod/lti/auth.php \\\n")
            .Append("  --token-endpoint https://moodle.example.org/mod/lti/token.php \\\n")
            .Append("  --jwks-uri https://moodle.example.org/mod/lti/certs.php --deployment-id <Deployment ID>\n")
            .Append("```\n");
        return text.ToString();
    }
}
