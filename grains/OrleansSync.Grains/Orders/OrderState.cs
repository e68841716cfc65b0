using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Orders;

namespace OrleansSync.Grains.Orders;

/// <summary>Durable state of one platform order. Status flags only ever turn on, so a late older status cannot move the deal back.</summary>
public sealed class OrderState
{
    public string? StoreId { get; set; }

    public string? PortalId { get; set; }

    public StorePlatform Platform { get; set; }

    public string? OrderKey { get; set; }

    public string? Email { get; set; }

    public string? PlatformCustomerId { get; set; }

    public string? OrderNumber { get; set; }

    public string? RawStatus { get; set; }

    /// <summary>The <c>updated_at</c> of the newest snapshot applied; older snapshots do not overwrite totals and lines.</summary>
    public DateTimeOffset? SnapshotAt { get; set; }

    public OrderTotals? Totals { get; set; }

    public List<LineItem> Lines { get; set; } = [];

    public List<string> DiscountCodes { get; set; } = [];

    public DateTimeOffset? PlacedAt { get; set; }

    public bool Paid { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    public bool Fulfilled { get; set; }

    public bool Cancelled { get; set; }

    public bool FullyRefunded { get; set; }

    public bool FraudHold { get; set; }

    public Dictionary<string, decimal> Refunds { get; set; } = new(StringComparer.Ordinal);

    public string? ContactHubSpotId { get; set; }

    /// <summary>Whether the deal and its lines were emitted at least once (a contact id arriving later then adds only the association).</summary>
    public bool DealWritten { get; set; }

    public string? HubSpotId { get; set; }

    /// <summary>The HubSpot deal this order was created from (a deal made in HubSpot): its deal is that one, never a new one.</summary>
    public string? DealHubSpotId { get; set; }

    public long Revision { get; set; }

    public HashSet<string> Associated { get; set; } = new(StringComparer.Ordinal);

    public bool Deleted { get; set; }
}
