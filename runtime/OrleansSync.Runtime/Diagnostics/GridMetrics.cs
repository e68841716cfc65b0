using System.Diagnostics.Metrics;

namespace OrleansSync.Runtime.Diagnostics;

/// <summary>The runtime's instruments (meter "OrleansSync.Runtime").</summary>
public sealed class GridMetrics
{
    public const string MeterName = "OrleansSync.Runtime";

    private readonly Counter<long> _messages;
    private readonly Counter<long> _commits;
    private readonly Histogram<int> _turnsPerCommit;
    private readonly Counter<long> _deadLettered;
    private readonly Counter<long> _reminders;
    private readonly UpDownCounter<long> _activations;
    private readonly Counter<long> _leaseChanges;

    public GridMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _messages = meter.CreateCounter<long>("orleanssync.grid.messages.processed", "{message}", "Messages consumed by committed turns");
        _commits = meter.CreateCounter<long>("orleanssync.grid.commits", "{transaction}", "Fenced commit transactions");
        _turnsPerCommit = meter.CreateHistogram<int>("orleanssync.grid.commit.turns", "{turn}", "Turns committed per transaction (group commit)");
        _deadLettered = meter.CreateCounter<long>("orleanssync.grid.messages.dead_lettered", "{message}", "Messages moved to dead letters");
        _reminders = meter.CreateCounter<long>("orleanssync.grid.reminders.delivered", "{tick}", "Reminder ticks delivered to grains");
        _activations = meter.CreateUpDownCounter<long>("orleanssync.grid.activations", "{activation}", "Live grain activations");
        _leaseChanges = meter.CreateCounter<long>("orleanssync.grid.shard.lease.changes", "{lease}", "Shard leases acquired or lost");
    }

    public void OnMessagesProcessed(int count) => _messages.Add(count);

    public void OnCommitted(int turns)
    {
        _commits.Add(1);
        _turnsPerCommit.Record(turns);
    }

    public void OnDeadLettered() => _deadLettered.Add(1);

    public void OnReminderDelivered() => _reminders.Add(1);

    public void OnActivated() => _activations.Add(1);

    public void OnDeactivated() => _activations.Add(-1);

    public void OnLeaseAcquired() => _leaseChanges.Add(1, new KeyValuePair<string, object?>("change", "acquired"));

    public void OnLeaseLost() => _leaseChanges.Add(1, new KeyValuePair<string, object?>("change", "lost"));
}
