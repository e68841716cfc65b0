namespace OrleansSync.Contracts.Operations;

/// <summary>Where reconciliation reports are kept (PostgreSQL, or in memory in embedded mode).</summary>
public interface IReconciliationStore
{
    Task SaveAsync(ReconciliationReport report, CancellationToken cancellationToken);

    /// <summary>The newest reports first; of one portal when <paramref name="portalId"/> is set.</summary>
    Task<IReadOnlyList<ReconciliationReport>> ListAsync(string? portalId, int limit, CancellationToken cancellationToken);
}
