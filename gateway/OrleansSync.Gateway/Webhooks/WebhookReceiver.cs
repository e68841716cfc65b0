using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Diagnostics;
using OrleansSync.Gateway.Stores;
using OrleansSync.Stores;
using OrleansSync.Stores.Validation;
using OrleansSync.Stores.Webhooks;

namespace OrleansSync.Gateway.Webhooks;

/// <summary>
/// The path of every native webhook: size limit → store → handshake → signature over the raw bytes →
/// topic → JSON → delivery id → mapping → one durable append → 200. Every refusal is kept.
/// </summary>
public sealed class WebhookReceiver(
    StoreRegistry stores,
    DeliveryRecorder recorder,
    EventIngestor ingestor,
    IOptions<GatewayOptions> options,
    TimeProvider time,
    ILogger<WebhookReceiver> logger)
{
    /// <summary>How the reason of a delivery quarantined by a mapper bug (not by a bad record) begins.</summary>
    public const string UnexpectedMappingFailure = "Mapping failed unexpectedly:";

    private readonly int _maxBodyBytes = options.Value.MaxBodyBytes;
    private readonly TimeSpan _bodyReadTimeout = options.Value.BodyReadTimeout;

    public async Task<Results<Ok<DeliveryAccepted>, Accepted<DeliveryQuarantined>, ProblemHttpResult>> ReceiveAsync(
        IWebhookPlatform platform,
        string storeId,
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var body = await RawBodyReader.ReadAsync(request, _maxBodyBytes, _bodyReadTimeout, cancellationToken);
        var delivery = new DeliveryContext(platform.Name, storeId, request, body, time.GetUtcNow(), started, platform.TopicOf(request));
        if (await recorder.RejectBodyAsync(delivery, _maxBodyBytes, cancellationToken) is { } refused)
        {
            return refused;
        }

        var store = stores.Find(storeId, platform.Platform);
        if (store is null)
        {
            return await recorder.RejectAsync(
                delivery, StatusCodes.Status404NotFound, ProblemTypes.UnknownStore, "Unknown store",
                $"No {platform.Name} store '{storeId}' is configured.", cancellationToken);
        }

        if (platform.IsHandshake(request, body.Bytes))
        {
            GatewayLog.Ping(logger, storeId);
            return TypedResults.Ok(new DeliveryAccepted("ping", null, 0, 0, 0));
        }

        var signature = platform.SignatureOf(request);
        if (string.IsNullOrWhiteSpace(signature))
        {
            return await recorder.RejectAsync(
                delivery, StatusCodes.Status401Unauthorized, ProblemTypes.MissingSignature, "Missing signature",
                $"The {platform.SignatureHeader} header is required.", cancellationToken);
        }

        if (!HmacSignature.IsValid(signature, body.Bytes, StoreSecrets.Of(store)))
        {
            return await recorder.RejectAsync(
                delivery, StatusCodes.Status401Unauthorized, ProblemTypes.InvalidSignature, "Invalid signature",
                $"The {platform.SignatureHeader} header does not match the body under the store's secret.", cancellationToken);
        }

        if (platform.StoreMismatch(request, store) is { } mismatch)
        {
            return await recorder.RejectAsync(
                delivery, StatusCodes.Status400BadRequest, ProblemTypes.StoreMismatch, "Wrong store", mismatch, cancellationToken);
        }

        if (delivery.Topic is not { } topic || !platform.IsKnownTopic(topic))
        {
            return await recorder.RejectAsync(
                delivery, StatusCodes.Status400BadRequest, ProblemTypes.UnknownTopic, "Unknown topic",
                delivery.Topic is null ? "The delivery names no topic." : $"Topic '{delivery.Topic}' is not one the gateway handles.",
                cancellationToken);
        }

        using var document = TryParse(body.Bytes, out var parseError);
        if (document is null)
        {
            return await recorder.RejectAsync(
                delivery, StatusCodes.Status400BadRequest, ProblemTypes.MalformedJson, "Malformed JSON", parseError!, cancellationToken);
        }

        delivery = delivery with { DeliveryKey = platform.DeliveryKeyOf(request, store, topic, document.RootElement) };
        if (delivery.DeliveryKey is null)
        {
            return await recorder.RejectAsync(
                delivery, StatusCodes.Status400BadRequest, ProblemTypes.MissingDeliveryId, "Missing delivery id",
                "The delivery carries no event or webhook id to deduplicate it by.", cancellationToken);
        }

        IReadOnlyList<Contracts.Context.ICanonicalEvent> events;
        try
        {
            events = platform.Map(topic, document.RootElement, new RecordMappingContext(store, request.Headers, delivery.DeliveryKey, delivery.ReceivedAt));
            foreach (var e in events)
            {
                RecordBounds.Check(e, delivery.ReceivedAt);
            }
        }
        catch (MappingException error)
        {
            return await recorder.QuarantineAsync(delivery, $"Cannot map {topic}: {error.Message}", cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A mapper bug, not a bad record: still kept (and answered 202, so the platform does not disable the hook),
            // under a reason the fuzz tests look for.
            return await recorder.QuarantineAsync(delivery, $"{UnexpectedMappingFailure} {topic}: {error.GetType().Name}: {error.Message}", cancellationToken);
        }

        return await ingestor.IngestAsync(delivery, events, cancellationToken);
    }

    private static JsonDocument? TryParse(byte[] body, out string? error)
    {
        try
        {
            var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                error = "The body is JSON but not an object.";
                return null;
            }

            error = null;
            return document;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            error = $"The body is not valid JSON: {e.Message}";
            return null;
        }
    }
}
