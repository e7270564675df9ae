using LtiPathways.PathwayGraphQL.Access;
using LtiPathways.PathwayGraphQL.Data;
using LtiPathways.PathwayGraphQL.Data.Partnerships;
using LtiPathways.PathwayGraphQL.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace LtiPathways.PathwayGraphQL.Partnerships;

/// <summary>
/// The partnership's records after the catalogue entry (issue 15, item 2): agreements with their signed file, the pilot
/// cohort, the annual review's scorecard and the meeting log. Every change first finds the provider in the viewer's
/// institution; nothing already recorded is overwritten.
/// </summary>
public sealed class PartnershipLifecycle(PathwaysDbContext db, TimeProvider clock)
{
    public static readonly Refusal NotAStudent =
        Refusal.NotFound("One of the chosen people is not a student at this institution; choose the pilot cohort from the list.");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(Now);

    public async Task<Outcome<Guid>> RecordAgreementAsync(
        Viewer viewer, Guid providerId, AgreementInput input, AgreementFile? file, CancellationToken cancellationToken = default)
    {
        var opened = await PartnershipAccess.OpenAsync(db, viewer, providerId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        if (input.Problems() is [var first, ..])
        {
            return Refusal.Invalid(first.Sentence);
        }
        if (file is not null && (AgreementFile.RefuseSize(file.Size) ?? AgreementFile.RefuseType(file.MediaType, "")) is { } refused)
        {
            return refused;
        }
        var agreement = new PartnershipAgreement
        {
            ProviderId = providerId, Responsibilities = input.Responsibilities.Trim(), DataSharing = input.DataSharing.Trim(),
            QualityAssurance = input.QualityAssurance.Trim(), StartsOn = input.StartsOn!.Value, ExpiresOn = input.ExpiresOn!.Value,
            FileKey = file?.Key, FileName = file?.Name, FileMediaType = file?.MediaType, FileSize = file?.Size,
            RecordedByUserId = viewer.PersonId, RecordedAt = Now,
        };
        db.PartnershipAgreements.Add(agreement);
        await db.SaveChangesAsync(cancellationToken);
        return agreement.Id;
    }

    /// <summary>The agreement whose file is asked for, when it is one of the viewer's institution's and has a file.</summary>
    public async Task<Outcome<AgreementFile>> FileAsync(Viewer viewer, Guid providerId, Guid agreementId, CancellationToken cancellationToken = default)
    {
        var opened = await PartnershipAccess.OpenAsync(db, viewer, providerId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var agreement = await db.PartnershipAgreements.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == agreementId && a.ProviderId == providerId && a.FileKey != null, cancellationToken);
        return agreement is null
            ? Refusal.NotFound("This agreement has no attached file.")
            : new AgreementFile(agreement.FileKey!, agreement.FileName ?? "agreement", agreement.FileMediaType ?? "application/octet-stream", agreement.FileSize ?? 0);
    }

    /// <summary>Makes the pilot cohort exactly the chosen students of the institution.</summary>
    public async Task<Outcome<int>> SetPilotAsync(Viewer viewer, Guid providerId, IReadOnlyCollection<Guid> studentIds, CancellationToken cancellationToken = default)
    {
        var opened = await PartnershipAccess.OpenAsync(db, viewer, providerId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        var students = (await InstitutionPeople.StudentsAsync(db, PartnershipAccess.InstitutionOf(viewer), cancellationToken)).Select(s => s.UserId).ToHashSet();
        if (!studentIds.All(students.Contains))
        {
            return NotAStudent;
        }
        var current = await db.PilotStudents.Where(p => p.ProviderId == providerId).ToListAsync(cancellationToken);
        db.PilotStudents.RemoveRange(current.Where(p => !studentIds.Contains(p.StudentUserId)));
        db.PilotStudents.AddRange(studentIds.Distinct().Where(id => current.All(p => p.StudentUserId != id))
            .Select(id => new PilotStudent { ProviderId = providerId, StudentUserId = id, AddedAt = Now }));
        await db.SaveChangesAsync(cancellationToken);
        return studentIds.Distinct().Count();
    }

    public async Task<Outcome<int>> RecordReviewAsync(Viewer viewer, Guid providerId, ReviewInput input, CancellationToken cancellationToken = default)
    {
        var opened = await PartnershipAccess.OpenAsync(db, viewer, providerId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        if (input.Problems(Today) is [var first, ..])
        {
            return first.Field == "year" ? Refusal.Declined(first.Sentence) : Refusal.Invalid(first.Sentence);
        }
        var year = input.Year!.Value;
        if (await db.AnnualReviews.AnyAsync(r => r.ProviderId == providerId && r.Year == year, cancellationToken))
        {
            return Refusal.Conflict($"The {year} review is recorded already; its scorecard is kept as it was.");
        }
        db.AnnualReviews.Add(new AnnualReview
        {
            ProviderId = providerId, Year = year, CompletionPercent = input.CompletionPercent!.Value, AttendancePercent = input.AttendancePercent!.Value,
            Satisfaction = input.Satisfaction!.Value, CredentialsEarned = input.CredentialsEarned!.Value, Outcomes = input.Outcomes.Trim(),
            ReviewedByUserId = viewer.PersonId, ReviewedAt = Now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return year;
    }

    public async Task<Outcome<Guid>> LogMeetingAsync(Viewer viewer, Guid providerId, MeetingInput input, CancellationToken cancellationToken = default)
    {
        var opened = await PartnershipAccess.OpenAsync(db, viewer, providerId, cancellationToken);
        if (!opened.Succeeded)
        {
            return opened.Refusal;
        }
        if (input.Problems(Today) is [var first, ..])
        {
            return Refusal.Invalid(first.Sentence);
        }
        var meeting = new PartnershipMeeting
        {
            ProviderId = providerId, HeldOn = input.HeldOn!.Value, Attendees = input.Attendees.Trim(), Notes = input.Notes.Trim(),
            RecordedByUserId = viewer.PersonId, RecordedAt = Now,
        };
        db.PartnershipMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return meeting.Id;
    }
}
