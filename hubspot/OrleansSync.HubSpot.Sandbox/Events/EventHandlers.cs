using System.Globalization;
using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox.Api;
using OrleansSync.HubSpot.Sandbox.Inspection;
using OrleansSync.HubSpot.Sandbox.Objects;
using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.HubSpot.Sandbox.Events;

/// <summary>
/// Custom behavioural event sends (<c>/events/v3/send</c>, <c>/send/batch</c>) → 204. The event name must be this
/// portal's fully qualified name (<c>pe{portalId}_name</c>); one of email, utk or objectId; ≤ 50 properties;
/// ≤ 500 per batch; a repeated <c>uuid</c> is ignored (the first occurrence wins).
/// </summary>
internal static class EventHandlers
{
    public const int MaxBatch = 500;
    public const int MaxProperties = 50;

    public static async Task<IResult> SendAsync(HttpContext http)
    {
        var input = await http.ReadBodyAsync(SandboxJsonContext.Default.EventInputWire);
        if (input is null)
        {
            return HubSpotErrors.InvalidJson();
        }

        http.CountInputs(1);
        return Accept(http.Portal(), [input]);
    }

    public static async Task<IResult> SendBatchAsync(HttpContext http)
    {
        var body = await http.ReadBodyAsync(SandboxJsonContext.Default.EventBatchInputWire);
        if (body?.Inputs is not { } inputs)
        {
            return HubSpotErrors.InvalidJson();
        }

        http.CountInputs(inputs.Count);
        return inputs.Count > MaxBatch ? HubSpotErrors.TooManyInputs(inputs.Count, MaxBatch) : Accept(http.Portal(), inputs);
    }

    private static IResult Accept(SandboxPortal portal, List<EventInputWire> inputs)
    {
        var prefix = $"pe{portal.PortalId}_";
        foreach (var input in inputs)
        {
            var problem = input.EventName is not { } name || !name.StartsWith(prefix, StringComparison.Ordinal) || name.Length == prefix.Length
                ? $"Event name {input.EventName} is not a custom event of portal {portal.PortalId} (expected {prefix}<name>)."
                : input.Email is null && input.Utk is null && input.ObjectId is null ? "One of email, utk or objectId is required."
                : (input.Properties?.Count ?? 0) > MaxProperties ? $"At most {MaxProperties} properties per event."
                : null;
            if (problem is not null)
            {
                return HubSpotErrors.Validation(problem);
            }
        }

        lock (portal.Gate)
        {
            foreach (var input in inputs)
            {
                if (input.Uuid is { } uuid && !portal.EventUuids.Add(input.EventName + "/" + uuid))
                {
                    continue;
                }

                var at = DateTimeOffset.TryParse(input.OccurredAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : portal.Time.GetUtcNow();
                portal.EventLog.Add(new SandboxEvent(input.EventName!, input.Email, input.ObjectId, input.Uuid, at, RecordWriter.ToValues(input.Properties)));
            }
        }

        return Results.NoContent();
    }
}
