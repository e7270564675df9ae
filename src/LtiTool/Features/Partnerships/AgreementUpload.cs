using System.Security.Cryptography;
using LtiPathways.LtiTool.Shared;
using LtiPathways.LtiTool.Storage;
using LtiPathways.PathwayGraphQL.Outcomes;
using LtiPathways.PathwayGraphQL.Partnerships;

namespace LtiPathways.LtiTool.Features.Partnerships;

/// <summary>
/// An agreement with its signed file: the terms are checked first, then the file's size and the type its bytes show
/// (never its name), and only then is it stored in the blob store and the agreement recorded. A refused file leaves
/// nothing behind; its sentence stands beside the file field.
/// </summary>
public sealed class AgreementUpload(PartnershipLifecycle lifecycle, IBlobStore store)
{
    private const string FileField = "file";

    public async Task<IResult> RecordAsync(PartnershipRecordEndpoints.Context c)
    {
        var detail = await c.Records.DetailAsync(c.Session.Viewer, c.ProviderId, c.Cancellation);
        if (!detail.Succeeded)
        {
            return detail.Refusal.AsPage();
        }
        var fields = await c.Request.ReadFormAsync(c.Cancellation);
        var form = new PartnershipForm(fields, "agreement");
        var input = new AgreementInput(form.Text("responsibilities"), form.Text("data-sharing"), form.Text("quality"), form.Date("starts"), form.Date("expires"));
        if (input.Problems() is { Count: > 0 } problems)
        {
            return await RefusedAsync(c, form, form.Errors(problems), StatusCodes.Status400BadRequest);
        }
        var upload = fields.Files.GetFile(form.Id(FileField));
        AgreementFile? file = null;
        if (upload is { FileName.Length: > 0 })
        {
            var stored = await StoreAsync(upload, c.Cancellation);
            if (!stored.Succeeded)
            {
                var status = stored.Refusal.Code == RefusalCode.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status415UnsupportedMediaType;
                return await RefusedAsync(c, form, [new FormError(form.Id(FileField), stored.Refusal.Sentence)], status);
            }
            file = stored.Value;
        }
        var recorded = await lifecycle.RecordAgreementAsync(c.Session.Viewer, c.ProviderId, input, file, c.Cancellation);
        return recorded.Succeeded
            ? await c.Pages.RedirectAsync(c.Session, c.ProviderId, "agreement", c.Cancellation)
            : await RefusedAsync(c, form, [new FormError(form.Id("expires"), recorded.Refusal.Sentence)], recorded.Refusal.StatusCode());
    }

    public async Task<IResult> DownloadAsync(PartnershipRecordEndpoints.Context c, Guid agreementId)
    {
        var file = await lifecycle.FileAsync(c.Session.Viewer, c.ProviderId, agreementId, c.Cancellation);
        return file.Succeeded
            ? TypedResults.Stream(await store.OpenReadAsync(file.Value.Key, c.Cancellation), file.Value.MediaType, file.Value.Name)
            : file.Refusal.AsPage();
    }

    private async Task<Outcome<AgreementFile>> StoreAsync(IFormFile upload, CancellationToken cancellationToken)
    {
        if (AgreementFile.RefuseSize(upload.Length) is { } tooLarge)
        {
            return tooLarge;
        }
        var path = Path.GetTempFileName();
        try
        {
            await using (var copy = File.Create(path))
            {
                await upload.CopyToAsync(copy, cancellationToken);
            }
            var type = await FileTypeDetector.DetectAsync(path, cancellationToken);
            if (AgreementFile.RefuseType(type.MediaType, type.Label) is { } wrongType)
            {
                return wrongType;
            }
            string sha256;
            await using (var read = File.OpenRead(path))
            {
                sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(read, cancellationToken));
            }
            var blob = await store.PutFileAsync(path, sha256, cancellationToken);
            var name = Path.GetFileName(upload.FileName);
            return new AgreementFile(blob.Key, name.Length > 255 ? name[^255..] : name, type.MediaType, blob.Size);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Task<IResult> RefusedAsync(PartnershipRecordEndpoints.Context c, PartnershipForm form, IReadOnlyList<FormError> errors, int status) =>
        c.Pages.RefusedAsync(c.Session, c.ProviderId, form, "agreement", errors, status, c.Cancellation);
}
