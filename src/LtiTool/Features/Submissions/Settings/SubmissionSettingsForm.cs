using System.Globalization;
using LtiPathways.LtiTool.Shared;
using LtiPathways.PathwayGraphQL.Assignments;
using LtiPathways.PathwayGraphQL.Data.Assignments;
using LtiPathways.PathwayGraphQL.Data.Submissions;

namespace LtiPathways.LtiTool.Features.Submissions.Settings;

/// <summary>
/// How an assignment takes work, as the teacher typed it in the picker or on the settings page (kept as text, so a
/// refused form shows what was typed): allowed types, due date, attempts, limits, late work and withdrawing.
/// </summary>
public record SubmissionSettingsForm(
    IReadOnlyList<string> Types,
    string DueAt,
    string Attempts,
    string MinWords,
    string MaxWords,
    string MaxMinutes,
    string MaxMegabytes,
    bool AcceptLate,
    string LateUntil,
    bool AllowWithdraw)
{
    public const int MostAttempts = 20;
    public const int MostWords = 50_000;
    public const int MostMinutes = 600;
    public const long Megabyte = 1L << 20;

    public static readonly SubmissionSettingsForm Blank = new(
        ["essay"], "", Number(SubmissionPolicy.DefaultAttempts), "", "", "", "", AcceptLate: false, "", AllowWithdraw: true);

    public static SubmissionSettingsForm Read(IFormCollection form)
    {
        string One(string name) => form[name].ToString().Trim();
        bool Ticked(string name) => form[name].ToString() is "on" or "true";
        return new(
            form["submission_types"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList(),
            One("due_at"), One("attempts"), One("min_words"), One("max_words"), One("max_minutes"), One("max_megabytes"),
            Ticked("accept_late"), One("late_until"), Ticked("allow_withdraw"));
    }

    public static SubmissionSettingsForm From(Assignment assignment, SubmissionPolicy policy) => new(
        TypeChoices.Parse(assignment.SubmissionTypes).Select(TypeChoices.ValueOf).ToList(),
        DateField.Format(assignment.DueAt),
        Number(policy.AttemptsAllowed),
        policy.MinWords is { } min ? Number(min) : "",
        policy.MaxWords is { } max ? Number(max) : "",
        policy.MaxDurationSeconds is { } seconds ? (seconds / 60m).ToString("0.##", CultureInfo.InvariantCulture) : "",
        policy.MaxFileBytes is { } bytes ? Number(bytes / Megabyte) : "",
        policy.AllowLate,
        DateField.Format(policy.LateUntil),
        policy.AllowWithdraw);

    public DateTime? DueAtValue => DateField.Parse(DueAt);

    public IReadOnlyList<FormError> Validate(long toolMaxBytes)
    {
        var errors = new List<FormError>();
        if (Types.Count == 0)
        {
            errors.Add(new("submission-essay", "Choose at least one way students may submit their work."));
        }
        else if (!Types.All(TypeChoices.IsKnown))
        {
            errors.Add(new("submission-essay", "Choose submission types from the list."));
        }

        if (DueAt.Length > 0 && DueAtValue is null)
        {
            errors.Add(new("due_at", "Enter the due date as a date and time, or leave it empty."));
        }

        ValidateAttempts(errors);
        var min = WordLimit(errors, "min_words", MinWords, "minimum");
        var max = WordLimit(errors, "max_words", MaxWords, "maximum");
        if (min is { } least && max is { } most && least > most)
        {
            errors.Add(new("min_words", $"The minimum word count ({Count(least)}) is more than the maximum ({Count(most)}); change one of them."));
        }

        ValidateMinutes(errors);
        ValidateMegabytes(errors, toolMaxBytes);
        ValidateLateUntil(errors);
        return errors;
    }

    /// <summary>The settings a valid form means (<see cref="Validate"/> first).</summary>
    public SubmissionSettingsChange ToChange() => new(
        TypeChoices.Parse(TypeChoices.Format(Types)),
        DueAtValue,
        WholeNumber(Attempts) ?? SubmissionPolicy.DefaultAttempts,
        WholeNumber(MinWords),
        WholeNumber(MaxWords),
        Decimal(MaxMinutes) is { } minutes ? (int)Math.Round(minutes * 60) : null,
        WholeNumber(MaxMegabytes) is { } megabytes ? megabytes * Megabyte : null,
        AcceptLate,
        DateField.Parse(LateUntil),
        AllowWithdraw);

    private void ValidateAttempts(List<FormError> errors)
    {
        var problem = Attempts.Length == 0 ? $"Enter how many attempts each student has, from 1 to {MostAttempts}."
            : WholeNumber(Attempts) is not { } attempts ? "Enter the attempts allowed as a whole number, such as 3."
            : attempts < 1 ? "Allow at least 1 attempt; with 0, students could not hand in anything."
            : attempts > MostAttempts ? $"Allow at most {MostAttempts} attempts."
            : null;
        if (problem is not null)
        {
            errors.Add(new("attempts", problem));
        }
    }

    private static int? WordLimit(List<FormError> errors, string field, string text, string which)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var words = WholeNumber(text);
        var problem = words is null ? $"Enter the {which} word count as a whole number, such as 300, or leave it empty."
            : words < 1 ? $"The {which} word count must be at least 1; leave it empty for no {which}."
            : words > MostWords ? $"Word counts go up to {Count(MostWords)}."
            : null;
        if (problem is null)
        {
            return words;
        }

        errors.Add(new(field, problem));
        return null;
    }

    private void ValidateMinutes(List<FormError> errors)
    {
        var problem = MaxMinutes.Length == 0 ? null
            : Decimal(MaxMinutes) is not { } minutes ? "Enter the longest recording in minutes, such as 5 or 2.5, or leave it empty."
            : minutes * 60 < 1 ? "A recording limit must be at least one second; leave it empty for no limit."
            : minutes > MostMinutes ? $"Recordings can be limited to at most {MostMinutes} minutes."
            : null;
        if (problem is not null)
        {
            errors.Add(new("max_minutes", problem));
        }
    }

    private void ValidateMegabytes(List<FormError> errors, long toolMaxBytes)
    {
        var most = toolMaxBytes / Megabyte;
        var problem = MaxMegabytes.Length == 0 ? null
            : WholeNumber(MaxMegabytes) is not { } megabytes ? "Enter the largest file size in MB as a whole number, such as 500, or leave it empty."
            : megabytes < 1 ? "A file size limit must be at least 1 MB; leave it empty for no limit of this assignment's own."
            : megabytes > most ? $"LtiPathways takes files up to {Count(most)} MB; enter that or less, or leave it empty."
            : null;
        if (problem is not null)
        {
            errors.Add(new("max_megabytes", problem));
        }
    }

    private void ValidateLateUntil(List<FormError> errors)
    {
        if (LateUntil.Length == 0)
        {
            return;
        }

        var problem = DateField.Parse(LateUntil) is not { } until ? "Enter the late-work cut-off as a date and time, or leave it empty."
            : !AcceptLate ? "Tick “Accept late work” to set a cut-off for it, or clear the cut-off."
            : DueAtValue is not { } due ? "Late work needs a due date to be late after; set the due date or clear the cut-off."
            : until <= due ? $"The late-work cut-off must be after the due date ({DateField.Show(due)})."
            : null;
        if (problem is not null)
        {
            errors.Add(new("late_until", problem));
        }
    }

    private static int? WholeNumber(string text) =>
        int.TryParse(text, NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static decimal? Decimal(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
