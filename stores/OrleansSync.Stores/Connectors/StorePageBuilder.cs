using System.Text.Json;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Validation;

namespace OrleansSync.Stores.Connectors;

/// <summary>
/// Collects one page's events, keeping every record that cannot be mapped, or whose values are out of the edge's
/// bounds (<see cref="RecordBounds"/>), as rejected instead of failing the page.
/// </summary>
public sealed class StorePageBuilder(StoreResource resource, TimeProvider? time = null)
{
    private readonly DateTimeOffset _readAt = (time ?? TimeProvider.System).GetUtcNow();
    private readonly List<ICanonicalEvent> _events = [];
    private readonly List<RejectedStoreRecord> _rejected = [];

    public int Records { get; private set; }

    public DateTimeOffset? LastModified { get; private set; }

    public void Add(JsonElement record, string? recordId, DateTimeOffset? modified, Func<IReadOnlyList<ICanonicalEvent>> map)
    {
        Records++;
        if (modified is { } m && (LastModified is null || m > LastModified))
        {
            LastModified = m;
        }

        try
        {
            _events.AddRange(RecordBounds.Checked(map(), _readAt));
        }
        catch (Exception error) when (error is MappingException or FormatException or InvalidOperationException or OverflowException)
        {
            _rejected.Add(new RejectedStoreRecord(resource, recordId, error.Message, record.GetRawText()));
        }
    }

    public StorePage Build(StoreCursor cursor, bool isLast, long? total) => BuildWithNext(WatermarkPaging.Next(cursor, LastModified, isLast), isLast, total);

    /// <summary>For platforms with their own cursor (a keyset of time and id).</summary>
    public StorePage BuildWithNext(StoreCursor next, bool isLast, long? total) =>
        new(_events, Records, next, isLast, total, _rejected);
}
