using System.Globalization;
using LtiPathways.LtiTool.Session;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LtiPathways.LtiTool.Features.Submissions.Uploads;

/// <summary>The resumable upload endpoint: tus 1.0.0 core with creation, creation-defer-length, expiration and termination.</summary>
public static class TusEndpoints
{
    public const string Path = "/app/uploads";

    public static IEndpointRouteBuilder MapUploads(this IEndpointRouteBuilder routes)
    {
        // tus 1.0.0 "OPTIONS": discovery needs no session and no Tus-Resumable on the request.
        routes.MapMethods(Path, [HttpMethods.Options], Discover).AllowAnonymous();
        var uploads = routes.MapGroup(Path).RequireAuthorization().AddEndpointFilter(RequireVersionAsync);
        uploads.MapPost("/", CreateAsync);
        uploads.MapMethods("/{id:guid}", [HttpMethods.Head], DescribeAsync);
        uploads.MapPatch("/{id:guid}", AppendAsync);
        uploads.MapDelete("/{id:guid}", TerminateAsync);
        return routes;
    }

    private static IResult Discover(HttpContext context, IOptions<UploadOptions> options)
    {
        var headers = context.Response.Headers;
        headers[TusHeaders.Resumable] = TusHeaders.Version;
        headers[TusHeaders.SupportedVersions] = TusHeaders.Version;
        headers[TusHeaders.Extensions] = TusHeaders.SupportedExtensions;
        headers[TusHeaders.MaxSize] = options.Value.MaxBytes.ToString(CultureInfo.InvariantCulture);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> CreateAsync(HttpContext context, ToolSession session, UploadCreation creation, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var deferred = request.Headers[TusHeaders.UploadDeferLength] == "1";
        var length = Long(request.Headers[TusHeaders.UploadLength]);
        if (length is null == !deferred || length < 0)
        {
            return new UploadProblem(StatusCodes.Status400BadRequest,
                "Send Upload-Length with the file's size in bytes (or Upload-Defer-Length: 1 for a recording).").ToResult();
        }

        if (UploadMetadata.Parse(request.Headers[TusHeaders.UploadMetadata]) is not { } metadata)
        {
            return new UploadProblem(StatusCodes.Status400BadRequest, "Upload-Metadata values must be Base64-encoded.").ToResult();
        }

        var (upload, problem) = await creation.CreateAsync(session, metadata, length, cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        context.Response.Headers[TusHeaders.UploadExpires] = upload!.ExpiresAt.ToString("r", CultureInfo.InvariantCulture);
        return TypedResults.Created($"{Path}/{upload.Id:N}");
    }

    private static async Task<IResult> DescribeAsync(HttpContext context, ToolSession session, Guid id, UploadReceiver receiver, CancellationToken cancellationToken)
    {
        var (upload, problem) = await receiver.FindAsync(session, id, cancellationToken);
        if (problem is not null)
        {
            return TypedResults.StatusCode(problem.Status);
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers[TusHeaders.UploadOffset] = upload!.Offset.ToString(CultureInfo.InvariantCulture);
        if (upload.DeclaredLength is { } declared)
        {
            headers[TusHeaders.UploadLength] = declared.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            headers[TusHeaders.UploadDeferLength] = "1";
        }

        headers[TusHeaders.UploadExpires] = upload.ExpiresAt.ToString("r", CultureInfo.InvariantCulture);
        return TypedResults.Ok();
    }

    private static async Task<IResult> AppendAsync(HttpContext context, ToolSession session, Guid id, UploadReceiver receiver, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || type.MediaType != TusHeaders.OffsetContentType)
        {
            return new UploadProblem(StatusCodes.Status415UnsupportedMediaType,
                $"Send upload chunks with Content-Type {TusHeaders.OffsetContentType}.").ToResult();
        }

        if (Long(request.Headers[TusHeaders.UploadOffset]) is not { } offset || offset < 0)
        {
            return new UploadProblem(StatusCodes.Status400BadRequest, "Send Upload-Offset with the byte the chunk starts at.").ToResult();
        }

        var (upload, problem) = await receiver.FindAsync(session, id, cancellationToken);
        if (problem is null)
        {
            // A chunk may be as large as the file itself; it is streamed to disk, so the usual body limit does not apply.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = null;
            }

            problem = await receiver.AppendAsync(
                upload!, session, offset, Long(request.Headers[TusHeaders.UploadLength]), request.ContentLength, request.BodyReader, cancellationToken);
        }

        if (upload is not null)
        {
            context.Response.Headers[TusHeaders.UploadOffset] = upload.Offset.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers[TusHeaders.UploadExpires] = upload.ExpiresAt.ToString("r", CultureInfo.InvariantCulture);
            if (upload.SubmissionFileId is { } fileId)
            {
                context.Response.Headers[TusHeaders.FileId] = fileId.ToString();
            }
        }

        return problem?.ToResult() ?? TypedResults.NoContent();
    }

    private static async Task<IResult> TerminateAsync(HttpContext context, ToolSession session, Guid id, UploadReceiver receiver, CancellationToken cancellationToken)
    {
        var (upload, problem) = await receiver.FindAsync(session, id, cancellationToken);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        await receiver.TerminateAsync(upload!, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>tus 1.0.0: every request but OPTIONS carries Tus-Resumable, every response too; an unknown version gets 412.</summary>
    private static async ValueTask<object?> RequireVersionAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        context.Response.Headers[TusHeaders.Resumable] = TusHeaders.Version;
        if (context.Request.Headers[TusHeaders.Resumable] != TusHeaders.Version)
        {
            context.Response.Headers[TusHeaders.SupportedVersions] = TusHeaders.Version;
            return new UploadProblem(StatusCodes.Status412PreconditionFailed, $"This server speaks tus {TusHeaders.Version}; send Tus-Resumable: {TusHeaders.Version}.").ToResult();
        }

        if (await ToolSession.BindAsync(context) is null)
        {
            return new UploadProblem(StatusCodes.Status401Unauthorized, "Your LtiPathways session is not valid; open it again from your course.").ToResult();
        }

        return await next(invocation);
    }

    private static long? Long(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
