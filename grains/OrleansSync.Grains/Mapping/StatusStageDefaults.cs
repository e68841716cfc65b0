using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Orders;

namespace OrleansSync.Grains.Mapping;

/// <summary>Default raw-status → stage maps per platform, from each platform's published status vocabulary.</summary>
public static class StatusStageDefaults
{
    private static readonly Dictionary<StorePlatform, Dictionary<string, DealStage>> _defaults = new()
    {
        [StorePlatform.Shopify] = Map(("pending", DealStage.Placed), ("authorized", DealStage.Placed), ("partially_paid", DealStage.Placed),
            ("paid", DealStage.Paid), ("partially_refunded", DealStage.Paid), ("refunded", DealStage.Refunded), ("voided", DealStage.Cancelled)),
        [StorePlatform.WooCommerce] = Map(("pending", DealStage.Placed), ("on-hold", DealStage.Placed), ("failed", DealStage.Placed),
            ("processing", DealStage.Paid), ("completed", DealStage.Fulfilled), ("cancelled", DealStage.Cancelled), ("refunded", DealStage.Refunded)),
        [StorePlatform.BigCommerce] = Map(("pending", DealStage.Placed), ("awaiting payment", DealStage.Placed), ("awaiting fulfillment", DealStage.Paid),
            ("awaiting shipment", DealStage.Paid), ("partially shipped", DealStage.Paid), ("shipped", DealStage.Fulfilled), ("completed", DealStage.Fulfilled),
            ("cancelled", DealStage.Cancelled), ("declined", DealStage.Cancelled), ("refunded", DealStage.Refunded), ("partially refunded", DealStage.Paid)),
        [StorePlatform.Magento] = Map(("pending", DealStage.Placed), ("pending_payment", DealStage.Placed), ("processing", DealStage.Paid),
            ("complete", DealStage.Fulfilled), ("canceled", DealStage.Cancelled), ("closed", DealStage.Refunded), ("holded", DealStage.Placed)),
        [StorePlatform.Commercetools] = Map(("open", DealStage.Placed), ("confirmed", DealStage.Paid), ("complete", DealStage.Fulfilled), ("cancelled", DealStage.Cancelled)),
    };

    public static DealStage? Lookup(StorePlatform platform, string? rawStatus, IReadOnlyDictionary<string, Dictionary<string, DealStage>> overrides)
    {
        if (string.IsNullOrWhiteSpace(rawStatus))
        {
            return null;
        }

        var key = rawStatus.Trim();
        if (overrides.TryGetValue(platform.ToString(), out var custom)
            && custom.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)) is { Key: not null } hit)
        {
            return hit.Value;
        }

        return _defaults.TryGetValue(platform, out var map) && map.TryGetValue(key, out var stage) ? stage : null;
    }

    /// <summary>The canonical status's stage, used when the raw status is unknown.</summary>
    public static DealStage FromCanonical(OrderStatus status) => status switch
    {
        OrderStatus.Paid or OrderStatus.PartiallyFulfilled or OrderStatus.PartiallyRefunded => DealStage.Paid,
        OrderStatus.Fulfilled => DealStage.Fulfilled,
        OrderStatus.Cancelled => DealStage.Cancelled,
        OrderStatus.Refunded => DealStage.Refunded,
        _ => DealStage.Placed,
    };

    private static Dictionary<string, DealStage> Map(params (string Raw, DealStage Stage)[] entries) =>
        entries.ToDictionary(e => e.Raw, e => e.Stage, StringComparer.OrdinalIgnoreCase);
}
