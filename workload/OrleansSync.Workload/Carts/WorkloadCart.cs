using OrleansSync.Workload.Orders;
using OrleansSync.Workload.Storefronts;

namespace OrleansSync.Workload.Carts;

/// <summary>
/// A checkout a shopper started: completed by an order (<see cref="CompletedBy"/>) or abandoned. <see cref="Updates"/>
/// is how many times it changed after it was started.
/// </summary>
public sealed record WorkloadCart(
    Storefront Store,
    long CartId,
    string Email,
    string Currency,
    IReadOnlyList<WorkloadLine> Lines,
    DateTimeOffset StartedAt,
    int Updates,
    WorkloadOrder? CompletedBy)
{
    public bool IsAbandoned => CompletedBy is null;

    public decimal Subtotal => Lines.Sum(l => l.Total);
}
