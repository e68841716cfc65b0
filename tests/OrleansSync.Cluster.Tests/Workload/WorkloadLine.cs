namespace OrleansSync.Cluster.Tests.Workload;

public sealed record WorkloadLine(long Id, string Sku, int Quantity, decimal Price, decimal Discount);
