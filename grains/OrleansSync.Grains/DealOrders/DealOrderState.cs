namespace OrleansSync.Grains.DealOrders;

/// <summary>Durable state of one HubSpot deal that may become a store order.</summary>
public sealed class DealOrderState
{
    /// <summary>When the store order was first asked for; an order made for the deal since then is this deal's order.</summary>
    public DateTimeOffset? RequestedAt { get; set; }

    /// <summary>Requests sent to the writer so far (a deal skipped at creation is asked for again when moved into a stage).</summary>
    public int Requests { get; set; }

    /// <summary>True while a request is with the writer (not answered yet): further webhooks of the deal add nothing.</summary>
    public bool InFlight { get; set; }

    public string? StoreId { get; set; }

    public string? PlatformOrderId { get; set; }

    /// <summary>Why the last request made no order (not a configured stage, written by OrleansSync, refused by the store).</summary>
    public string? LastOutcome { get; set; }

    /// <summary>True once the store refused the order for good; only a replay of its dead letter tries again.</summary>
    public bool Refused { get; set; }
}
