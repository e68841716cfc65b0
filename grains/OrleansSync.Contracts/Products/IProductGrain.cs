using OrleansSync.Contracts.Messaging;

namespace OrleansSync.Contracts.Products;

/// <summary>One SKU in a portal's HubSpot product library.</summary>
[Alias("orleanssync.product")]
public interface IProductGrain : IMessageGrain
{
    /// <summary>The store's own id for this SKU (learnt from the store's product events), or null when that store never sent it.</summary>
    [Alias("platform-product-id")]
    Task<string?> PlatformProductIdAsync(string storeId);
}
