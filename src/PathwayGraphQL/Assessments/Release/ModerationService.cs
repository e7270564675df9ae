using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Assessments.Marking;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Rubrics;
using LtiPathways.PathwayGraphQL.Library;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.Rubrics;
using Microsoft.EntityFrameworkCore;
using StoredModeration = LtiPathways.PathwayGraphQL.Data.Rubrics.ModerationRecord;

namespace LtiPathways.PathwayGraphQL.Assessments.Release;

/// <summary>
/// Double marking's last step: the moderator picks A, picks B, averages, or gives their own mark. The result is the Moderated
/// assessment, the only one released to the LMS, and a record says who decided what.
/// </summary>
public class ModerationService(PathwaysDbContext db, RubricLibrary library, TimeProvider clock)
{
    public async Task<Outcome<FinalMark>> ResolveAsync(
        AssessmentScope scope, Viewer moderator, Guid student, string choiceText, string reason, CancellationToken cancellationToken)
    {
        if (!moderator.IsStaff)
        {
            return AssessmentRelease.NotATeacher;
        }
        if (!scope.Settings.DoubleMarking)
        {
            return Refusal.Invalid("This assignment is not double marked.");
        }
        if (!Enum.TryParse<ModerationChoice>(choiceText, out var choice) || !Enum.IsDefined(choice))
        {
            return Refusal.Invalid("Choose first marker, second marker, average or your own mark.");
        }
        var shared = await db.RubricAssessments.Where(a => a.AssignmentId == scope.AssignmentId && a.StudentUserId == student
            && a.AssessorKey == Guid.Empty).ToListAsync(cancellationToken);
        var first = shared.FirstOrDefault(a => a.Kind == AssessmentKind.Teacher);
        var second = shared.FirstOrDefault(a => a.Kind == AssessmentKind.SecondMarker);
        if (first is null || second is null || first.RubricVersionNumber != second.RubricVersionNumber)
        {
            return Refusal.Invalid("Both markers must mark this student's work on the same rubric version before it can be moderated.");
        }
        var version = await library.VersionAsync(first.RubricId, first.RubricVersionNumber, cancellationToken);
        if (version is null)
        {
            return Refusal.Invalid("The rubric version these marks were made on is missing.");
        }
        var final = shared.FirstOrDefault(a => a.Kind == AssessmentKind.Moderated);
        var now = clock.GetUtcNow();
        var decision = new ModerationDecision(choice, moderator.PersonId.ToString(), reason.Trim(), now,
            choice == ModerationChoice.Own && final is not null ? AssessmentMarks.Selections(final) : null);
        var outcome = Rubrics.Moderation.Resolve(version, new MarkerMarks("First marker", AssessmentMarks.Selections(first)),
            new MarkerMarks("Second marker", AssessmentMarks.Selections(second)), decision, scope.ScoreMaximum);
        if (!outcome.IsValid)
        {
            return Refusal.Invalid(string.Join(" ", outcome.Problems.Select(p => p.Message)));
        }
        if (!outcome.Value!.FinalScore.IsComplete)
        {
            return Refusal.Invalid("The final mark must mark every criterion.");
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
            moderator.PersonId, now.UtcDateTime);
        final.AveragedTotal = outcome.Value.FinalSelections is null ? outcome.Value.FinalScore.Total : null;
        var record = outcome.Value.Record;
        db.ModerationRecords.Add(new StoredModeration
        {
            AssignmentId = scope.AssignmentId, StudentUserId = student, FirstAssessmentId = first.Id, SecondAssessmentId = second.Id,
            FinalAssessmentId = final.Id, TotalA = record.TotalA, TotalB = record.TotalB, FinalTotal = record.FinalTotal, Choice = choice,
            DecidedByUserId = moderator.PersonId, Reason = decision.Reason, DecidedAt = now.UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new FinalMark(outcome.Value.FinalScore.LmsPoints, scope.ScoreMaximum);
    }
}
