namespace OrleansSync.Cluster.Tests.Workload;

/// <summary>An order of the workload: paid, with its lines and the total its deal must carry.</summary>
public sealed record WorkloadOrder(long Id, WorkloadCustomer Customer, string Name, IReadOnlyList<WorkloadLine> Lines, decimal Subtotal, decimal Tax, decimal Shipping, decimal Discount, DateTimeOffset PlacedAt)
{
    public decimal Total => Subtotal + Tax + Shipping;

    public string Currency => Customer.Currency;

    /// <summary>The UTC day its revenue counts for: it is paid when placed.</summary>
    public DateOnly Day => DateOnly.FromDateTime(PlacedAt.UtcDateTime);
}
