namespace OrleansSync.Gateway.Admin.Backfills;

/// <summary>Where the dashboard's backfill panel reads from. The store connectors register theirs; until then the list is empty.</summary>
public interface IBackfillProgressSource
{
    Task<IReadOnlyList<BackfillProgress>> ReadAsync(CancellationToken cancellationToken);
}
