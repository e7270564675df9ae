using LtiPathways.PathwayGraphQL.Data.Grading;

namespace LtiPathways.LtiTool.Lti.Ags;

/// <summary>Canvas's submission_type for what was handed in (checklist D.30).</summary>
public static class CanvasSubmissionTypes
{
    public static string Of(SubmittedWork work) => work switch
    {
        SubmittedWork.Text => "online_text_entry",
        SubmittedWork.Link => "online_url",

        // Work of several parts has no Canvas type of its own; the teacher opens it in the tool.
        SubmittedWork.InTool => "basic_lti_launch",
        _ => "none",
    };
}
