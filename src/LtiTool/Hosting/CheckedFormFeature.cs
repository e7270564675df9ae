using Microsoft.AspNetCore.Http.Features;

namespace LtiPathways.LtiTool.Hosting;

/// <summary>
/// The request's form, read as the framework reads it, except that a body which is no form or cannot be read as one
/// throws <see cref="BadHttpRequestException"/> (415 or 400) instead of an exception that would end as a 500.
/// </summary>
internal sealed class CheckedFormFeature(IFormFeature inner) : IFormFeature
{
    public bool HasFormContentType => inner.HasFormContentType;

    public IFormCollection? Form
    {
        get => inner.Form;
        set => inner.Form = value;
    }

    public IFormCollection ReadForm() => ReadFormAsync(CancellationToken.None).GetAwaiter().GetResult();

    public async Task<IFormCollection> ReadFormAsync(CancellationToken cancellationToken)
    {
        if (inner.Form is { } form)
        {
            return form;
        }

        if (!inner.HasFormContentType)
        {
            throw new BadHttpRequestException("The body is not a form.", StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            return await inner.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException)
        {
            throw;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException)
        {
            // A multipart body cut short, a bad boundary or a form past FormOptions' limits.
            throw new BadHttpRequestException($"The form could not be read: {exception.Message}", StatusCodes.Status400BadRequest, exception);
        }
    }
}
