using System.Text.Json.Nodes;

namespace OrleansSync.Stores.Simulators.Hosting;

/// <summary>One resource of a simulated store: records by id, each with its modification time, read in id order.</summary>
public sealed class SimulatedRecords
{
    private readonly SortedDictionary<long, (JsonObject Record, DateTimeOffset ModifiedAt)> _records = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _records.Count;
            }
        }
    }

    public void Put(long id, JsonObject record, DateTimeOffset modifiedAt)
    {
        lock (_lock)
        {
            _records[id] = (record, modifiedAt);
        }
    }

    /// <summary>Changes a record: <paramref name="change"/> edits a copy, which replaces it with the new modification time.</summary>
    public JsonObject Change(long id, DateTimeOffset modifiedAt, Action<JsonObject> change)
    {
        lock (_lock)
        {
            var copy = _records[id].Record.DeepClone().AsObject();
            change(copy);
            _records[id] = (copy, modifiedAt);
            return copy;
        }
    }

    /// <summary>Deletes a record (an admin emptying the trash); false when there was none.</summary>
    public bool Remove(long id)
    {
        lock (_lock)
        {
            return _records.Remove(id);
        }
    }

    public JsonObject Get(long id)
    {
        lock (_lock)
        {
            return _records[id].Record;
        }
    }

    /// <summary>Records modified strictly after <paramref name="after"/> (whole seconds, as the platforms compare), id above <paramref name="afterId"/>, in id order.</summary>
    public List<(long Id, JsonObject Record)> Query(DateTimeOffset? after, long afterId = 0)
    {
        lock (_lock)
        {
            return [.. _records
                .Where(r => r.Key > afterId && (after is null || Truncate(r.Value.ModifiedAt) > Truncate(after.Value)))
                .Select(r => (r.Key, r.Value.Record))];
        }
    }

    private static DateTimeOffset Truncate(DateTimeOffset t) => new(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
