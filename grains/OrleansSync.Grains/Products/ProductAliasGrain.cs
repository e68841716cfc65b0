using OrleansSync.Contracts.Products;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Products;

/// <summary>A platform product id; resolves to the SKU-keyed product grain once a product event named its SKU.</summary>
[GrainType(GrainTypes.ProductAlias)]
public sealed class ProductAliasGrain([PersistentState(GrainTypes.ProductAlias)] IPersistentState<GrainRecord<ProductAliasState>> storage) : SyncGrain<ProductAliasState>(storage), IProductAliasGrain, IHandle<ProductAliasLinked>, IHandle<ProductUpserted>, IHandle<ProductDeleted>
{
    public ValueTask HandleAsync(ProductAliasLinked message, CancellationToken cancellationToken)
    {
        State.Sku = message.Sku;
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(ProductUpserted message, CancellationToken cancellationToken)
    {
        // Without a SKU there is no product library key; a known alias routes to its SKU's grain.
        if (State.Sku is { } sku)
        {
            Context.Send(GrainKeys.Product(message.Store.PortalId, sku), message with { Product = message.Product with { Sku = sku } });
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(ProductDeleted message, CancellationToken cancellationToken)
    {
        if (State.Sku is { } sku)
        {
            Context.Send(GrainKeys.Product(message.Store.PortalId, sku), message);
        }

        return ValueTask.CompletedTask;
    }
}
