using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Validation;

namespace OrleansSync.Stores.Connectors;

/// <summary>Maps the records of a page through the platform's webhook mapper and the edge's record bounds, keeping the ones that cannot be mapped aside.</summary>
public static class PolledRecords
{
    public delegate IReadOnlyList<ICanonicalEvent> Mapper(string topic, JsonElement body, RecordMappingContext context);

    public static (List<ICanonicalEvent> Events, List<RejectedStoreRecord> Rejected) Map(
        IEnumerable<JsonElement> records,
        StoreResource resource,
        string topic,
        Func<JsonElement, string> deliveryKey,
        StoreOptions store,
        IHeaderDictionary headers,
        DateTimeOffset receivedAt,
        Mapper map)
    {
        var events = new List<ICanonicalEvent>();
        var rejected = new List<RejectedStoreRecord>();
        foreach (var record in records)
        {
            try
            {
                events.AddRange(RecordBounds.Checked(map(topic, record, new RecordMappingContext(store, headers, deliveryKey(record), receivedAt)), receivedAt));
            }
            catch (Exception error) when (error is MappingException or FormatException or InvalidOperationException or OverflowException)
            {
                rejected.Add(new RejectedStoreRecord(resource, record.ValueKind == JsonValueKind.Object && record.TryGetProperty("id", out var id) ? id.ToString() : null, error.Message, record.GetRawText()));
            }
        }

        return (events, rejected);
    }
}
