using LtiPathways.Rubrics;

namespace LtiPathways.LtiTool.Features.Assessments.Peer;

/// <summary>A reviewer's peer page: the classmates allocated to them, and one classmate's work beside the rubric to fill.</summary>
public record PeerView(
    string CourseTitle,
    string AssignmentTitle,
    string RubricTitle,
    IReadOnlyList<PeerClassmate> Classmates,
    PeerClassmate? Selected,
    PeerWork? Work,
    RubricVersion Version,
    Selections Marks,
    Guid? MarksVersion,
    string SessionToken);
