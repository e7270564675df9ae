using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace LtiPathways.LtiTool.Hosting;

/// <summary>
/// The request's form, read as the framework reads it, except that a body which is no form or cannot be read as one
/// throws <see cref="BadHttpRequestException"/> (415 or 400) instead of an exception that would end as a 500; so does a
/// form whose antiforgery token did not validate, which the framework's form would refuse with an exception of its own.
/// </summary>
internal sealed class CheckedFormFeature(IFormFeature inner, IFeatureCollection features) : IFormFeature
{
    public bool HasFormContentType
    {
        get
        {
            RefuseInvalidAntiforgery();
            return inner.HasFormContentType;
        }
    }

    public IFormCollection? Form
    {
        get => inner.Form;
        set => inner.Form = value;
    }

    public IFormCollection ReadForm()
    {
        RefuseWhatIsNoForm();
        try
        {
            return inner.ReadForm();
        }
        catch (Exception exception) when (IsUnreadable(exception))
        {
            throw Unreadable(exception);
        }
    }

    public async Task<IFormCollection> ReadFormAsync(CancellationToken cancellationToken)
    {
        RefuseWhatIsNoForm();
        try
        {
            return await inner.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (IsUnreadable(exception))
        {
            throw Unreadable(exception);
        }
    }

    private void RefuseInvalidAntiforgery()
    {
        if (features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            throw new BadHttpRequestException("The form's antiforgery token is missing or invalid.", StatusCodes.Status400BadRequest);
        }
    }

    private void RefuseWhatIsNoForm()
    {
        RefuseInvalidAntiforgery();

        if (inner.Form is null && !inner.HasFormContentType)
        {
            throw new BadHttpRequestException("The body is not a form.", StatusCodes.Status415UnsupportedMediaType);
        }
    }

    // A multipart body cut short, a bad boundary or a form past FormOptions' limits; BadHttpRequestException keeps its own status.
    private static bool IsUnreadable(Exception exception) =>
        exception is InvalidDataException or IOException && exception is not BadHttpRequestException;

    private static BadHttpRequestException Unreadable(Exception exception) =>
        new($"The form could not be read: {exception.Message}", StatusCodes.Status400BadRequest, exception);
}
