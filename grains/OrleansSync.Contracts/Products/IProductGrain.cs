using OrleansSync.Contracts.Messaging;

namespace OrleansSync.Contracts.Products;

/// <summary>One SKU in a portal's HubSpot product library.</summary>
[Alias("orleanssync.product")]
public interface IProductGrain : IMessageGrain;
