using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.BigCommerce;

/// <summary>
/// Backfill and delta of a BigCommerce store: v2 orders (<c>min_date_modified</c>, <c>page</c>/<c>limit</c>, total from
/// <c>/v2/orders/count</c>, each order completed with its lines and refunds), v3 customers and catalog products
/// (<c>date_modified:min</c>, <c>meta.pagination</c>). Carts cannot be listed on BigCommerce; they come from webhooks only.
/// </summary>
public sealed class BigCommerceStoreApi(BigCommerceClient client, TimeProvider time) : IStoreApi
{
    private const int MaxPageSize = 250;

    public StorePlatform Platform => StorePlatform.BigCommerce;

    public IReadOnlyList<StoreResource> Resources { get; } = [StoreResource.Customers, StoreResource.Products, StoreResource.Orders];

    public Task<StorePage> ReadPageAsync(StoreOptions store, StoreResource resource, StoreCursor cursor, CancellationToken cancellationToken)
    {
        var api = store.Api ?? throw new StoreApiException($"Store '{store.Id}' has no Api configured.", null, true);
        var hash = api.Account ?? throw new StoreApiException($"Store '{store.Id}' has no Api:Account (the BigCommerce store hash).", null, true);
        return resource switch
        {
            StoreResource.Orders => OrdersAsync(store, api, hash, cursor, cancellationToken),
            StoreResource.Customers => V3PageAsync(store, api, hash, resource, cursor, "v3/customers?sort=date_modified:asc&include=addresses", cancellationToken),
            StoreResource.Products => V3PageAsync(store, api, hash, resource, cursor, "v3/catalog/products?sort=date_modified&direction=asc&include=variants,images", cancellationToken),
            _ => throw new NotSupportedException($"BigCommerce has no {resource} to read."),
        };
    }

    private async Task<StorePage> OrdersAsync(StoreOptions store, StoreApiOptions api, string hash, StoreCursor cursor, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(api.PageSize, 1, MaxPageSize);
        var page = WatermarkPaging.PageOf(cursor);
        var filter = cursor.ModifiedAfter is { } after ? $"min_date_modified={Uri.EscapeDataString(WatermarkPaging.Format(after))}" : "";
        long? total = null;
        if (page == 1)
        {
            using var count = await client.GetAsync(api, hash, $"v2/orders/count?{filter}", cancellationToken);
            total = count?.RootElement.Dec("count") is { } n ? (long)n : 0;
        }

        using var list = await client.GetAsync(api, hash, $"v2/orders?sort=date_modified:asc&page={page}&limit={limit}&{filter}", cancellationToken);
        var orders = list is { RootElement.ValueKind: JsonValueKind.Array } l ? l.RootElement.EnumerateArray().ToList() : [];
        var builder = new StorePageBuilder(StoreResource.Orders);
        foreach (var order in orders)
        {
            var record = await client.CompleteAsync(api, hash, order.Clone(), cancellationToken);
            var (id, modified) = Identity(order, "date_modified");
            builder.Add(order, id, modified, () => BigCommerceMapper.Order(null, record, Context(store, "order", id, modified)));
        }

        return builder.Build(cursor, orders.Count < limit, total);
    }

    private async Task<StorePage> V3PageAsync(
        StoreOptions store, StoreApiOptions api, string hash, StoreResource resource, StoreCursor cursor, string query, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(api.PageSize, 1, MaxPageSize);
        var page = WatermarkPaging.PageOf(cursor);
        var filter = cursor.ModifiedAfter is { } after ? $"&date_modified:min={Uri.EscapeDataString(WatermarkPaging.Format(after))}" : "";
        using var document = await client.GetAsync(api, hash, $"{query}&page={page}&limit={limit}{filter}", cancellationToken);
        var root = document?.RootElement ?? default;
        var pagination = root.Obj("meta")?.Obj("pagination");
        var builder = new StorePageBuilder(resource);
        foreach (var record in root.Arr("data"))
        {
            var (id, modified) = Identity(record, "date_modified");
            var context = Context(store, resource == StoreResource.Customers ? "customer" : "product", id, modified);
            builder.Add(record, id, modified, () => resource == StoreResource.Customers
                ? BigCommerceMapper.Customer(null, record, context)
                : BigCommerceMapper.Product(record, context));
        }

        var currentPage = pagination?.Dec("current_page") ?? page;
        var totalPages = pagination?.Dec("total_pages") ?? 0m;
        return builder.Build(cursor, builder.Records < limit || currentPage >= totalPages, pagination?.Dec("total") is { } total ? (long)total : null);
    }

    private static (string? Id, DateTimeOffset? Modified) Identity(JsonElement record, string modifiedField)
    {
        try
        {
            return (record.Id("id"), record.Time(modifiedField));
        }
        catch (MappingException)
        {
            return (record.Id("id"), null);
        }
    }

    // The same version of a record read twice (the watermark is inclusive) keeps its key, so it is appended once.
    private RecordMappingContext Context(StoreOptions store, string type, string? id, DateTimeOffset? modified) =>
        new(store, new HeaderDictionary(), $"bigcommerce:{store.Id}:poll:{type}:{id}:{modified?.ToUnixTimeSeconds()}", time.GetUtcNow());
}
