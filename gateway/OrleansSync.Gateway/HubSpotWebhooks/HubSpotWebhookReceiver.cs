using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Configuration;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Diagnostics;

namespace OrleansSync.Gateway.HubSpotWebhooks;

/// <summary>
/// <c>POST /webhooks/hubspot</c>: whole body within the size limit and time → portal (from the events) → signature (v3
/// with its 5-minute window; v1/v2 where configured) → events → one durable append, each event deduplicated → 200.
/// Every refusal is kept with its reason.
/// </summary>
public sealed class HubSpotWebhookReceiver(
    DeliveryAppender queue,
    DeliveryRecorder recorder,
    GatewayMetrics metrics,
    IOptions<HubSpotWebhookOptions> hubSpot,
    IOptions<GatewayOptions> gateway,
    TimeProvider time,
    ILogger<HubSpotWebhookReceiver> logger)
{
    public const string Platform = "hubspot";

    public async Task<Results<Ok<DeliveryAccepted>, ProblemHttpResult>> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var maxBytes = gateway.Value.MaxBodyBytes;
        var body = await RawBodyReader.ReadAsync(request, maxBytes, gateway.Value.BodyReadTimeout, cancellationToken);
        using var document = TryParse(body.Bytes);
        var events = document?.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.EnumerateArray().ToList() : null;
        var portalId = events?.Select(e => HubSpotWebhookEvents.Text(e, "portalId")).FirstOrDefault(p => p is not null) ?? "unknown";
        var topic = events is null ? null : string.Join(',', events.Select(e => HubSpotWebhookEvents.Text(e, "subscriptionType")).Distinct().Take(5));
        var delivery = new DeliveryContext(Platform, portalId, request, body, time.GetUtcNow(), started, topic);
        if (await recorder.RejectBodyAsync(delivery, maxBytes, cancellationToken) is { } refused)
        {
            return refused;
        }

        var options = hubSpot.Value;
        if (options.SecretOf(portalId) is not { Length: > 0 } secret)
        {
            return await recorder.RejectAsync(delivery, StatusCodes.Status401Unauthorized, ProblemTypes.InvalidSignature, "Unknown portal",
                $"No client secret is configured for HubSpot portal '{portalId}' (HubSpot:ClientSecret or HubSpot:Portals:{{id}}:ClientSecret).", cancellationToken);
        }

        if (new HubSpotSignatureCheck(options, time).Check(request, body.Bytes, secret) is { } failure)
        {
            return await recorder.RejectAsync(delivery, StatusCodes.Status401Unauthorized, ProblemTypes.InvalidSignature, failure.Title, failure.Detail, cancellationToken);
        }

        if (events is null || events.Any(e => HubSpotWebhookEvents.Text(e, "portalId") != portalId))
        {
            return await recorder.RejectAsync(delivery, StatusCodes.Status400BadRequest, ProblemTypes.MalformedJson, "Malformed delivery",
                "The body must be a JSON array of events of one portal.", cancellationToken);
        }

        var appId = options.AppIdOf(portalId);
        var pending = events.SelectMany(e => HubSpotWebhookEvents.Map(e, portalId, appId))
            .Select(m => new PendingDelivery(GrainRouting.Route(m.Message), MessageTypes.NameOf(m.Message.GetType()), MessageTypes.Serialize(m.Message), m.Key, null))
            .DistinctBy(p => p.DeduplicationKey)
            .ToList();
        IReadOnlyList<AppendReceipt> receipts;
        try
        {
            receipts = await queue.AppendAsync(pending, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            GatewayLog.AppendFailed(logger, error, Platform, portalId, topic);
            return await recorder.QueueUnavailableAsync(delivery, cancellationToken);
        }

        var duplicates = receipts.Count(r => r.Duplicate);
        var appended = receipts.Count - duplicates;
        metrics.OnWebhookAccepted(Platform, appended, duplicates, Stopwatch.GetElapsedTime(started));
        GatewayLog.Accepted(logger, Platform, portalId, topic, appended, duplicates);
        var status = pending.Count == 0 ? "ignored" : appended == 0 ? "duplicate" : "appended";
        return TypedResults.Ok(new DeliveryAccepted(status, null, pending.Count, appended, duplicates));
    }

    private static JsonDocument? TryParse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
