using OrleansSync.Contracts.Orders;

namespace OrleansSync.Stores.Magento;

/// <summary>
/// Magento order <c>state</c> → canonical status (platform-events.md §4.4). Merchants add statuses under a state, so the
/// state decides the canonical status while the raw status kept on the order is the <c>status</c> (its label code):
/// stage overrides key on it (<c>SyncMapping:StatusStages:Magento:fraud</c>), and a custom status without an entry
/// falls back to its state's canonical status.
/// </summary>
public static class MagentoStatuses
{
    public static OrderStatus StatusOf(string? state) => state switch
    {
        "new" or "pending_payment" or "holded" or "payment_review" => OrderStatus.Pending,
        "processing" => OrderStatus.Paid,
        "complete" => OrderStatus.Fulfilled,
        "closed" => OrderStatus.Refunded,
        "canceled" => OrderStatus.Cancelled,
        _ => OrderStatus.Other,
    };
}
