using System.Text.Json;

namespace OrleansSync.HubSpot.Sandbox.Events;

internal sealed class EventInputWire
{
    public string? EventName { get; set; }

    public string? Email { get; set; }

    public string? Utk { get; set; }

    public string? ObjectId { get; set; }

    public string? OccurredAt { get; set; }

    public string? Uuid { get; set; }

    public Dictionary<string, JsonElement>? Properties { get; set; }
}

internal sealed class EventBatchInputWire
{
    public List<EventInputWire>? Inputs { get; set; }
}
