using OrleansSync.Contracts.Operations;

namespace OrleansSync.Storage.Operations;

/// <summary>Reconciliation reports of a process without a database (the last 500; nothing survives a restart).</summary>
public sealed class InMemoryReconciliationStore : IReconciliationStore
{
    private const int Kept = 500;

    private readonly Lock _gate = new();
    private readonly LinkedList<ReconciliationReport> _reports = new();

    public Task SaveAsync(ReconciliationReport report, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _reports.AddFirst(report);
            if (_reports.Count > Kept)
            {
                _reports.RemoveLast();
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReconciliationReport>> ListAsync(string? portalId, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ReconciliationReport> newest = _reports.Where(r => portalId is null || r.PortalId == portalId).Take(limit).ToList();
            return Task.FromResult(newest);
        }
    }
}
