using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace OrleansSync.HubSpot.Sandbox.Webhooks;

/// <summary>
/// One portal's outgoing webhooks: changes are queued as they happen (under the portal's gate) and sent in deliveries of
/// at most 100 events, in order, each retried with a growing <c>attemptNumber</c> until a 2xx or the attempts run out.
/// </summary>
internal sealed class WebhookOutbox
{
    private readonly SandboxPortalOptions _options;
    private readonly WebhookSender _sender;
    private readonly Channel<WebhookEvent> _queue = Channel.CreateUnbounded<WebhookEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<WebhookDelivery> _deliveries = [];
    private readonly Lock _gate = new();
    private long _nextEventId = 1;
    private int _pending;

    public WebhookOutbox(SandboxPortalOptions options, WebhookSender sender, CancellationToken stopping)
    {
        _options = options;
        _sender = sender;
        _ = Task.Run(() => PumpAsync(stopping), CancellationToken.None);
    }

    public bool Enabled => _options.WebhookTargetUrl is not null && !string.IsNullOrEmpty(_options.WebhookClientSecret);

    /// <summary>Events queued or being sent.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public long NextEventId() => Interlocked.Increment(ref _nextEventId);

    public void Enqueue(WebhookEvent e)
    {
        if (Enabled)
        {
            Interlocked.Increment(ref _pending);
            _queue.Writer.TryWrite(e);
        }
    }

    public IReadOnlyList<WebhookDelivery> Deliveries()
    {
        lock (_gate)
        {
            return [.. _deliveries];
        }
    }

    private async Task PumpAsync(CancellationToken stopping)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stopping))
            {
                var batch = new List<WebhookEvent>();
                while (batch.Count < WebhookSender.MaxEventsPerDelivery && _queue.Reader.TryRead(out var e))
                {
                    batch.Add(e);
                }

                await DeliverAsync(batch, stopping);
                Interlocked.Add(ref _pending, -batch.Count);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task DeliverAsync(List<WebhookEvent> batch, CancellationToken stopping)
    {
        var delay = _options.WebhookRetryDelay;
        for (var attempt = 0; attempt < _options.WebhookMaxAttempts; attempt++)
        {
            int status;
            try
            {
                status = await _sender.SendAsync(_options.WebhookTargetUrl!, _options.WebhookClientSecret!, Serialize(batch, attempt), stopping);
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !stopping.IsCancellationRequested)
            {
                status = 0;
            }

            lock (_gate)
            {
                _deliveries.Add(new WebhookDelivery(batch.Count, attempt, status, [.. batch.Select(e => e.SubscriptionType).Distinct()]));
            }

            if (status is >= 200 and < 300)
            {
                return;
            }

            await Task.Delay(delay, stopping);
            delay *= 2;
        }
    }

    private static string Serialize(List<WebhookEvent> batch, int attempt)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var e in batch)
            {
                json.WriteStartObject();
                json.WriteNumber("eventId", e.EventId);
                json.WriteNumber("subscriptionId", e.SubscriptionId);
                json.WriteNumber("portalId", e.PortalId);
                json.WriteNumber("appId", e.AppId);
                json.WriteNumber("occurredAt", e.OccurredAt);
                json.WriteString("subscriptionType", e.SubscriptionType);
                json.WriteNumber("attemptNumber", attempt);
                json.WriteNumber("objectId", e.ObjectId);
                if (e.PropertyName is not null)
                {
                    json.WriteString("propertyName", e.PropertyName);
                    json.WriteString("propertyValue", e.PropertyValue ?? "");
                }

                if (e.ChangeFlag is not null)
                {
                    json.WriteString("changeFlag", e.ChangeFlag);
                }

                json.WriteString("changeSource", e.ChangeSource);
                json.WriteString("sourceId", e.SourceId);
                if (e.PrimaryObjectId is { } primary)
                {
                    json.WriteNumber("primaryObjectId", primary);
                    json.WriteStartArray("mergedObjectIds");
                    foreach (var id in e.MergedObjectIds ?? [])
                    {
                        json.WriteNumberValue(id);
                    }

                    json.WriteEndArray();
                    json.WriteNumber("newObjectId", e.NewObjectId ?? primary);
                    json.WriteNumber("numberOfPropertiesMoved", e.NumberOfPropertiesMoved ?? 0);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
