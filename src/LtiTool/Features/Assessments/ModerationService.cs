using LtiPathways.LtiTool.Features.Grading;
using LtiPathways.LtiTool.Session;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;
using StoredModeration = LtiPathways.PathwayGraphQL.Data.Rubrics.ModerationRecord;

namespace LtiPathways.LtiTool.Features.Assessments;

/// <summary>
/// Double marking's last step: the moderator picks A, picks B, averages, or gives their own mark. The result is the Moderated
/// assessment, the only one released to the LMS, and a record says who decided what.
/// </summary>
public class ModerationService(PathwaysDbContext db, RubricLibrary library, TimeProvider clock)
{
    public async Task<(string? Notice, string? Problem)> ResolveAsync(
        AssessmentScope scope, ToolSession moderator, Guid student, string choiceText, string reason, CancellationToken cancellationToken)
    {
        if (!scope.Settings.DoubleMarking)
        {
            return (null, "This assignment is not double marked.");
        }
        if (!Enum.TryParse<ModerationChoice>(choiceText, out var choice) || !Enum.IsDefined(choice))
        {
            return (null, "Choose first marker, second marker, average or your own mark.");
        }
        var shared = await db.RubricAssessments.Where(a => a.AssignmentId == scope.AssignmentId && a.StudentUserId == student
            && a.AssessorKey == Guid.Empty).ToListAsync(cancellationToken);
        var first = shared.FirstOrDefault(a => a.Kind == AssessmentKind.Teacher);
        var second = shared.FirstOrDefault(a => a.Kind == AssessmentKind.SecondMarker);
        if (first is null || second is null || first.RubricVersionNumber != second.RubricVersionNumber)
        {
            return (null, "Both markers must mark this student's work on the same rubric version before it can be moderated.");
        }
        var version = await library.VersionAsync(first.RubricId, first.RubricVersionNumber, cancellationToken);
        if (version is null)
        {
            return (null, "The rubric version these marks were made on is missing.");
        }
        var final = shared.FirstOrDefault(a => a.Kind == AssessmentKind.Moderated);
        var now = clock.GetUtcNow();
        var decision = new ModerationDecision(choice, moderator.UserId.ToString(), reason.Trim(), now,
            choice == ModerationChoice.Own && final is not null ? AssessmentMarks.Selections(final) : null);
        var outcome = Rubrics.Moderation.Resolve(version, new MarkerMarks("First marker", AssessmentMarks.Selections(first)),
            new MarkerMarks("Second marker", AssessmentMarks.Selections(second)), decision, scope.ScoreMaximum);
        if (!outcome.IsValid)
        {
            return (null, string.Join(" ", outcome.Problems.Select(p => p.Message)));
        }
        if (!outcome.Value!.FinalScore.IsComplete)
        {
            return (null, "The final mark must mark every criterion.");
        }
        if (final is null)
        {
            final = new RubricAssessment
            {
                AssignmentId = scope.AssignmentId, StudentUserId = student, Kind = AssessmentKind.Moderated, AssessorKey = Guid.Empty,
                RubricId = first.RubricId, RubricVersionNumber = first.RubricVersionNumber,
            };
            db.RubricAssessments.Add(final);
        }
        var selections = outcome.Value.FinalSelections ?? AssessmentMarks.Selections(first) with { Items = [] };
        AssessmentDrafts.Apply(final, selections with { OverallComment = final.OverallComment.Length > 0 ? final.OverallComment : selections.OverallComment },
            moderator.UserId, now.UtcDateTime);
        final.AveragedTotal = outcome.Value.FinalSelections is null ? outcome.Value.FinalScore.Total : null;
        var record = outcome.Value.Record;
        db.ModerationRecords.Add(new StoredModeration
        {
            AssignmentId = scope.AssignmentId, StudentUserId = student, FirstAssessmentId = first.Id, SecondAssessmentId = second.Id,
            FinalAssessmentId = final.Id, TotalA = record.TotalA, TotalB = record.TotalB, FinalTotal = record.FinalTotal, Choice = choice,
            DecidedByUserId = moderator.UserId, Reason = decision.Reason, DecidedAt = now.UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return ($"Final mark {PointsText.Format(outcome.Value.FinalScore.LmsPoints)} of {PointsText.Format(scope.ScoreMaximum)}; release it to send it to the LMS.", null);
    }
}
