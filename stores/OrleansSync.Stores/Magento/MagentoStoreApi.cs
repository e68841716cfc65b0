using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.Magento;

/// <summary>
/// Backfill and delta of a Magento 2 / Adobe Commerce store over REST: customers (<c>/V1/customers/search</c>), products
/// (<c>/V1/products</c>), orders (<c>/V1/orders</c>) and active quotes (<c>/V1/carts/search</c>), each by
/// <c>updated_at</c> with <c>pageSize</c>/<c>currentPage</c> and <c>total_count</c>. Magento answers a page past the end
/// with the last page again, so the end is known from <c>total_count</c>, not from a short page.
/// </summary>
public sealed class MagentoStoreApi(MagentoClient client, TimeProvider time) : IStoreApi
{
    private const int MaxPageSize = 300;

    public StorePlatform Platform => StorePlatform.Magento;

    public IReadOnlyList<StoreResource> Resources { get; } = [StoreResource.Customers, StoreResource.Products, StoreResource.Orders, StoreResource.Carts];

    public async Task<StorePage> ReadPageAsync(StoreOptions store, StoreResource resource, StoreCursor cursor, CancellationToken cancellationToken)
    {
        var (path, idField, type) = resource switch
        {
            StoreResource.Customers => ("customers/search", "entity_id", "customer"),
            StoreResource.Products => ("products", "entity_id", "product"),
            StoreResource.Orders => ("orders", "entity_id", "order"),
            StoreResource.Carts => ("carts/search", "entity_id", "cart"),
            _ => throw new NotSupportedException($"Magento has no {resource} to read."),
        };
        var pageSize = Math.Clamp(store.Api?.PageSize ?? 100, 1, MaxPageSize);
        var page = WatermarkPaging.PageOf(cursor);
        (string, string, string)[] filters = resource == StoreResource.Carts ? [("is_active", "1", "eq")] : [];
        var query = MagentoSearchCriteria.UpdatedSince(cursor.ModifiedAfter, idField, pageSize, page, filters);
        using var document = await client.GetAsync(store, $"{path}?{query}", cancellationToken);
        var root = document?.RootElement ?? default;
        var total = root.Dec("total_count") is { } t ? (long)t : 0L;
        var builder = new StorePageBuilder(resource);
        foreach (var record in root.Arr("items"))
        {
            var id = record.Id("id") ?? record.Id("entity_id");
            DateTimeOffset? modified = null;
            try
            {
                modified = MagentoOrders.Time(record, "updated_at");
            }
            catch (MappingException)
            {
                // Mapped below, where the record is rejected with the reason.
            }

            var context = new RecordMappingContext(store, new HeaderDictionary(), $"magento:{store.Id}:poll:{type}:{id}:{modified?.ToUnixTimeSeconds()}", time.GetUtcNow());
            builder.Add(record, id, modified, () => resource switch
            {
                StoreResource.Customers => MagentoMapper.Customer(record, null, context),
                StoreResource.Products => MagentoMapper.Product(record, context),
                StoreResource.Orders => MagentoMapper.Order(record, placed: false, context),
                _ => MagentoMapper.Cart(record, context),
            });
        }

        return builder.Build(cursor, (long)page * pageSize >= total, total);
    }
}
