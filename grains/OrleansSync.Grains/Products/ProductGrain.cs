using Microsoft.Extensions.Options;
using OrleansSync.Contracts.Products;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Mapping;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Bootstrap;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Products;

/// <summary>One SKU in the portal's product library; only products the configured filter selects are synced.</summary>
[GrainType(GrainTypes.Product)]
public sealed class ProductGrain([PersistentState(GrainTypes.Product)] IPersistentState<GrainRecord<ProductState>> storage, IOptions<SyncMappingOptions> options) : SyncGrain<ProductState>(storage), IProductGrain, IHandle<ProductUpserted>, IHandle<ProductDeleted>
{
    public ValueTask HandleAsync(ProductUpserted message, CancellationToken cancellationToken)
    {
        var product = message.Product;
        var at = product.UpdatedAt ?? message.Source.UpdatedAt ?? message.Source.ReceivedAt;
        if (State.UpdatedAt is { } seen && at <= seen)
        {
            return ValueTask.CompletedTask;
        }

        State.UpdatedAt = at;
        State.Deleted = false;
        var alias = GrainKeys.ProductByPlatformId(message.Store.PortalId, message.Store.StoreId, product.PlatformProductId);
        if (State.Aliases.Add(alias.Key))
        {
            Context.Send(alias, new ProductAliasLinked(product.Sku!));
        }

        if (!options.Value.Products.Includes(product.Sku, product.Categories, product.Status))
        {
            return ValueTask.CompletedTask;
        }

        var key = $"{message.Store.PortalId}/{product.Sku!.Trim()}";
        var properties = new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = product.Name, ["hs_sku"] = product.Sku.Trim() };
        properties.SetIfPresent("price", product.Price is { } price ? Props.Number(Math.Max(0m, price)) : null);
        properties.SetIfPresent("description", product.Description);
        properties.SetIfPresent("hs_url", product.Url);
        Context.Emit(message.Store.PortalId, ObjectKeys.Product(key),
            new HubSpotWrite(HubSpotWriteKind.Upsert, HubSpotObjectTypes.Products, EcommerceSchema.ProductKey, key, properties));
        State.Synced = true;
        return ValueTask.CompletedTask;
    }

    public Task<string?> PlatformProductIdAsync(string storeId)
    {
        // Alias keys are {portalId}/{storeId}/{platformProductId}.
        var prefix = $"{Id.Key[..Id.Key.IndexOf('/', StringComparison.Ordinal)]}/{storeId}/";
        return Task.FromResult(State.Aliases.Where(a => a.StartsWith(prefix, StringComparison.Ordinal)).Select(a => a[prefix.Length..]).FirstOrDefault());
    }

    public ValueTask HandleAsync(ProductDeleted message, CancellationToken cancellationToken)
    {
        var at = message.Source.UpdatedAt ?? message.Source.ReceivedAt;
        if (State.UpdatedAt is { } seen && at < seen)
        {
            return ValueTask.CompletedTask;
        }

        // Deleted in the store: kept in HubSpot's library (deals reference it); later upserts older than this are ignored.
        State.UpdatedAt = at;
        State.Deleted = true;
        return ValueTask.CompletedTask;
    }
}
