using LtiPathways.PathwayGraphQL.Pathways.Plans;
using LtiPathways.PathwayGraphQL.Pathways.Templates;
using static LtiPathways.PathwayGraphQL.Pathways.History.PlanDiff;

namespace LtiPathways.PathwayGraphQL.Pathways.History;

/// <summary>Change lines for goals, milestones, reflections, certifications and project artefacts.</summary>
public static class ItemChanges
{
    public static IEnumerable<string> Goal(Goal? old, Goal? now)
    {
        if (old is null || now is null)
        {
            yield return now is not null ? $"Added goal {Quoted(now.Text)}, due {Day(now.TargetDate)}" : $"Removed goal {Quoted(old!.Text)}";
            yield break;
        }
        if (old.Text != now.Text)
        {
            yield return $"Goal {Quoted(old.Text)} now reads {Quoted(now.Text)}";
        }
        if (old.Measure != now.Measure)
        {
            yield return $"Goal {Quoted(now.Text)} is now measured by {Quoted(now.Measure)}";
        }
        if (old.SetOn != now.SetOn)
        {
            yield return $"Goal {Quoted(now.Text)} set on {Day(now.SetOn)} instead of {Day(old.SetOn)}";
        }
        if (old.TargetDate != now.TargetDate)
        {
            yield return $"Goal {Quoted(now.Text)} moved from {Day(old.TargetDate)} to {Day(now.TargetDate)}";
        }
        if (old.Status != now.Status)
        {
            yield return $"Goal {Quoted(now.Text)} changed from {Status(old.Status)} to {Status(now.Status)}";
        }
    }

    public static IEnumerable<string> Milestone(Milestone? old, Milestone? now)
    {
        if (old is null || now is null)
        {
            yield return now is not null ? $"Added milestone {Quoted(now.Title)}, due {Day(now.Due)}" : $"Removed milestone {Quoted(old!.Title)}";
            yield break;
        }
        if (old.Title != now.Title)
        {
            yield return $"Milestone {Quoted(old.Title)} now reads {Quoted(now.Title)}";
        }
        if (old.Due != now.Due)
        {
            yield return $"Milestone {Quoted(now.Title)} moved from {Day(old.Due)} to {Day(now.Due)}";
        }
        if (old.CompletedOn != now.CompletedOn)
        {
            yield return now.CompletedOn is { } done ? $"Milestone {Quoted(now.Title)} done on {Day(done)}" : $"Milestone {Quoted(now.Title)} no longer done";
        }
        if (old.GoalId != now.GoalId)
        {
            yield return now.GoalId is null ? $"Milestone {Quoted(now.Title)} no longer leads to a goal" : $"Milestone {Quoted(now.Title)} now leads to another goal";
        }
        if (old.SignedOff is null && now.SignedOff is { } signed)
        {
            yield return $"Milestone {Quoted(now.Title)} signed off by {signed.Name} (mentor)";
        }
    }

    public static IEnumerable<string> Reflection(Reflection? old, Reflection? now, PlanTemplate? template = null)
    {
        var entry = (now ?? old)!.Kind == ReflectionKind.LearningJournal ? "learning-journal entry" : "reflection";
        if (old is null || now is null)
        {
            yield return now is not null ? $"Added {entry} of {Day(now.WrittenOn)}" : $"Removed {entry} of {Day(old!.WrittenOn)}";
            yield break;
        }
        if (old.Kind != now.Kind)
        {
            yield return $"The entry of {Day(now.WrittenOn)} is now a {entry}";
        }
        if (old.WrittenOn != now.WrittenOn)
        {
            yield return $"Moved the {entry} of {Day(old.WrittenOn)} to {Day(now.WrittenOn)}";
        }
        if (old.Text != now.Text || old.RecordingFileId != now.RecordingFileId)
        {
            yield return $"Rewrote the {entry} of {Day(now.WrittenOn)}";
        }
        if (!old.RequirementKeys.Order().SequenceEqual(now.RequirementKeys.Order()))
        {
            yield return $"The {entry} of {Day(now.WrittenOn)} now reflects on {(now.RequirementKeys.Count == 0 ? "nothing in particular" : EvidenceChanges.Names(now.RequirementKeys, template))}";
        }
    }

    public static IEnumerable<string> Certification(Certification? old, Certification? now)
    {
        if (old is null || now is null)
        {
            yield return now is not null ? $"Added certification {now.Name} from {now.Issuer}, earned {Day(now.EarnedOn)}" : $"Removed certification {old!.Name}";
            yield break;
        }
        if ((old.Name, old.Issuer) != (now.Name, now.Issuer))
        {
            yield return $"Certification {old.Name} from {old.Issuer} is now {now.Name} from {now.Issuer}";
        }
        if (old.EarnedOn != now.EarnedOn)
        {
            yield return $"{now.Name} earned on {Day(now.EarnedOn)} instead of {Day(old.EarnedOn)}";
        }
        if (old.ExpiresOn != now.ExpiresOn)
        {
            yield return $"{now.Name} expiry changed from {Day(old.ExpiresOn)} to {Day(now.ExpiresOn)}";
        }
    }

    public static IEnumerable<string> Artefact(ProjectArtefact? old, ProjectArtefact? now)
    {
        if (old is null || now is null)
        {
            yield return now is not null ? $"Added {Quoted(now.Title)}" : $"Removed {Quoted(old!.Title)}";
            yield break;
        }
        if (old.CompletedOn != now.CompletedOn)
        {
            yield return now.CompletedOn is { } done ? $"{Quoted(now.Title)} done on {Day(done)}" : $"{Quoted(now.Title)} no longer done";
        }
        if (old.Title != now.Title)
        {
            yield return $"{Quoted(old.Title)} renamed {Quoted(now.Title)}";
        }
        if (old.Kind != now.Kind || old.SubmissionId != now.SubmissionId)
        {
            yield return $"Edited {Quoted(now.Title)}";
        }
    }

    public static string Quoted(string text) => $"\u201c{text}\u201d";

    private static string Status(GoalStatus status) => status switch
    {
        GoalStatus.NotStarted => "not started",
        GoalStatus.InProgress => "in progress",
        GoalStatus.Achieved => "achieved",
        _ => "dropped",
    };
}
