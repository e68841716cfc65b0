namespace OrleansSync.Workload.Orders;

/// <summary>One order or cart line: a SKU bought in some quantity at a unit price.</summary>
public sealed record WorkloadLine(long LineId, string Sku, string Name, int Quantity, decimal UnitPrice)
{
    public decimal Total => Quantity * UnitPrice;
}
