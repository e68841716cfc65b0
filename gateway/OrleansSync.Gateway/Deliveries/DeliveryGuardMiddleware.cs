using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OrleansSync.Gateway.Configuration;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// Refusals that happen before a delivery reaches its endpoint — headers too large (431), a method other than POST (405),
/// a content type that is missing or not JSON (415), a path no endpoint serves (404) — kept like every other refusal and
/// answered with problem details. Runs first in the pipeline (added by a startup filter), only for delivery paths.
/// </summary>
public sealed class DeliveryGuardMiddleware(RequestDelegate next, IOptions<GatewayOptions> options, TimeProvider time)
{
    private const int MaxHeaderCount = 100;

    private readonly GatewayOptions _options = options.Value;

    public async Task InvokeAsync(HttpContext context, DeliveryRecorder recorder)
    {
        if (DeliveryRoute.Of(context.Request.Path.Value) is not { } route)
        {
            await next(context);
            return;
        }

        if (Refusal(context.Request, route) is not { } refusal)
        {
            await next(context);
            return;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var body = await RawBodyReader.ReadAsync(context.Request, Math.Min(_options.MaxBodyBytes, RawBodyReader.KeptPrefixBytes), _options.BodyReadTimeout, context.RequestAborted);
        var delivery = new DeliveryContext(route.Platform, route.StoreId, context.Request, body with { TooLarge = body.TooLarge || body.Incomplete is not null }, time.GetUtcNow(), started, route.Topic);
        var (status, type, title, detail) = refusal;
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }

        ProblemHttpResult answer = await recorder.RejectAsync(delivery, status, type, title, detail, context.RequestAborted);
        await answer.ExecuteAsync(context);
    }

    private (int Status, string Type, string Title, string Detail)? Refusal(HttpRequest request, DeliveryRoute route)
    {
        var headerBytes = request.Headers.Sum(h => h.Key.Length + 4 + h.Value.Sum(v => v?.Length ?? 0));
        if (headerBytes > _options.MaxHeaderBytes || request.Headers.Count > MaxHeaderCount)
        {
            return (StatusCodes.Status431RequestHeaderFieldsTooLarge, ProblemTypes.HeadersTooLarge, "Headers too large",
                $"The request headers ({request.Headers.Count} fields, {headerBytes} bytes) exceed the gateway's limit of {MaxHeaderCount} fields or {_options.MaxHeaderBytes} bytes.");
        }

        if (!route.Known)
        {
            return (StatusCodes.Status404NotFound, ProblemTypes.UnknownEndpoint, "Unknown endpoint",
                "Deliveries go to /webhooks/{woocommerce|shopify|bigcommerce|magento|commercetools}/{storeId}, /webhooks/hubspot, or /api/carts/{storeId}/leads|purchases|carts.");
        }

        if (!HttpMethods.IsPost(request.Method) && !(route.AcceptsChallenge && HttpMethods.IsGet(request.Method)))
        {
            return (StatusCodes.Status405MethodNotAllowed, ProblemTypes.MethodNotAllowed, "Method not allowed",
                $"Deliveries are POSTed; {Printable(request.Method)} is not accepted here.");
        }

        // A challenge GET carries no body, so no content type either.
        if (HttpMethods.IsPost(request.Method) && !IsAcceptedMediaType(request.ContentType, route))
        {
            var sent = string.IsNullOrWhiteSpace(request.ContentType) ? "a request without a Content-Type" : $"not '{Printable(request.ContentType)}'";
            return (StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType, "Unsupported media type",
                $"The body must be application/json{(route.AcceptsForm ? " (or the form-encoded creation ping)" : route.AcceptsPlainText ? " (or SNS's text/plain)" : "")}, {sent}.");
        }

        return null;
    }

    // Every platform served here (WooCommerce, Shopify, BigCommerce, Adobe I/O Events, HubSpot) labels its deliveries
    // application/json, and so must callers of the generic API: a delivery without a Content-Type is not one of theirs.
    private static bool IsAcceptedMediaType(string? contentType, DeliveryRoute route)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.MediaType.Value is not { } type)
        {
            return false;
        }

        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || (route.AcceptsForm && type.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            || (route.AcceptsPlainText && type.Equals("text/plain", StringComparison.OrdinalIgnoreCase));
    }

    private static string Printable(string? value) =>
        value is null ? "" : new string([.. value.Take(60).Select(c => char.IsControl(c) ? '?' : c)]);
}
