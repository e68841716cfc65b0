using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Json;

namespace OrleansSync.Stores.CommerceTools;

/// <summary>
/// Backfill and delta of a commercetools project through the query API, and live changes from the Messages API as
/// <see cref="StoreResource.Changes"/>. Pages follow a keyset of (time, id) — <c>where=lastModifiedAt &gt; "t" or
/// (lastModifiedAt = "t" and id &gt; "x")</c>, <c>sort=lastModifiedAt asc</c>, <c>sort=id asc</c> — never deep offsets
/// (commercetools caps <c>offset</c> at 10,000); messages the same on <c>createdAt</c>.
/// </summary>
public sealed class CommerceToolsStoreApi(CommerceToolsClient client, TimeProvider time) : IStoreApi
{
    private const int MaxPageSize = 500;

    public StorePlatform Platform => StorePlatform.Commercetools;

    public IReadOnlyList<StoreResource> Resources { get; } =
        [StoreResource.Customers, StoreResource.Products, StoreResource.Orders, StoreResource.Carts, StoreResource.Changes];

    public async Task<StorePage> ReadPageAsync(StoreOptions store, StoreResource resource, StoreCursor cursor, CancellationToken cancellationToken)
    {
        var (path, timeField) = resource switch
        {
            StoreResource.Customers => ("customers", "lastModifiedAt"),
            StoreResource.Products => ("products", "lastModifiedAt"),
            StoreResource.Orders => ("orders", "lastModifiedAt"),
            StoreResource.Carts => ("carts", "lastModifiedAt"),
            _ => ("messages", "createdAt"),
        };
        var limit = Math.Clamp(store.Api?.PageSize ?? 100, 1, MaxPageSize);
        var query = $"sort={Uri.EscapeDataString($"{timeField} asc")}&sort={Uri.EscapeDataString("id asc")}&limit={limit}&withTotal={(resource != StoreResource.Changes ? "true" : "false")}";
        if (Where(cursor, timeField) is { } where)
        {
            query += $"&where={Uri.EscapeDataString(where)}";
        }

        using var document = await client.GetAsync(store, $"{path}?{query}", cancellationToken);
        var root = document?.RootElement ?? default;
        var builder = new StorePageBuilder(resource);
        var next = cursor;
        foreach (var record in root.Arr("results"))
        {
            var id = record.Id("id");
            var at = TryTime(record, timeField);
            if (at is { } t && id is not null)
            {
                next = new StoreCursor(t, id);
            }

            var context = new RecordMappingContext(store, new HeaderDictionary(), DeliveryKey(store, resource, record, id), time.GetUtcNow());
            if (resource == StoreResource.Changes)
            {
                var read = await CommerceToolsMessages.ReadBackAsync(client, store, record, cancellationToken);
                builder.Add(record, id, at, () => CommerceToolsMapper.Message(record, read, context));
                continue;
            }

            builder.Add(record, id, at, () => resource switch
            {
                StoreResource.Customers => CommerceToolsMapper.Customer(record, null, context),
                StoreResource.Products => CommerceToolsMapper.Product(record, context),
                StoreResource.Orders => CommerceToolsMapper.Order(record, placed: false, context),
                _ => CommerceToolsMapper.Cart(record, context),
            });
        }

        var total = root.Dec("total") is { } n ? (long?)n : null;
        return builder.BuildWithNext(next, builder.Records < limit, total);
    }

    /// <summary>After the cursor's (time, id); a cursor from another platform's style (time only) reads from that time on.</summary>
    private static string? Where(StoreCursor cursor, string timeField)
    {
        if (cursor.ModifiedAfter is not { } after)
        {
            return null;
        }

        var t = after.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return cursor.Position is { Length: > 0 } id
            ? $"{timeField} > \"{t}\" or ({timeField} = \"{t}\" and id > \"{id.Replace("\"", "", StringComparison.Ordinal)}\")"
            : $"{timeField} >= \"{t}\"";
    }

    // A message's id, or a resource's id and version: the same change read twice keeps its key.
    private static string DeliveryKey(StoreOptions store, StoreResource resource, JsonElement record, string? id) =>
        resource == StoreResource.Changes
            ? CommerceToolsMessages.DeliveryKey(store, id)
            : $"commercetools:{store.Id}:poll:{resource}:{id}:{record.Str("version")}";

    private static DateTimeOffset? TryTime(JsonElement record, string field)
    {
        try
        {
            return record.Time(field);
        }
        catch (MappingException)
        {
            return null;
        }
    }
}
