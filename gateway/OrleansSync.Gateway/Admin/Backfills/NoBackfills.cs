namespace OrleansSync.Gateway.Admin.Backfills;

/// <summary>The default source: no connector runs backfills yet.</summary>
internal sealed class NoBackfills : IBackfillProgressSource
{
    public Task<IReadOnlyList<BackfillProgress>> ReadAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<BackfillProgress>>([]);
}
