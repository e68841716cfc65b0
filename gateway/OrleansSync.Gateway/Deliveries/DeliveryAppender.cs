using Microsoft.Extensions.Options;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// The one way into the delivery queue: appends durably (group-committed with concurrent callers), then gives the new
/// rows to this process's hand-off, which holds them for <see cref="DeliveryOptions.ClaimLease"/>.
/// </summary>
public sealed class DeliveryAppender(IDeliveryQueue queue, DeliveryHandOff handOff, IOptions<DeliveryOptions> options, TimeProvider time, Admin.Overview.StoreIntake intake)
{
    /// <summary>Returns one receipt per delivery once all of them are durable; throws (nothing acknowledged) when the queue cannot be written.</summary>
    public async Task<IReadOnlyList<AppendReceipt>> AppendAsync(IReadOnlyList<PendingDelivery> deliveries, CancellationToken cancellationToken)
    {
        if (deliveries.Count == 0)
        {
            return [];
        }

        var receipts = await queue.AppendAsync(deliveries, time.GetUtcNow() + options.Value.ClaimLease, cancellationToken);
        handOff.Enqueue(receipts.Select(r => r.Queued).OfType<QueuedDelivery>());
        intake.OnAppended(deliveries);
        return receipts;
    }
}
