using OrleansSync.Contracts.Operations;

namespace OrleansSync.Storage.Operations;

/// <summary>The admin audit trail of a process without a database (nothing survives a restart).</summary>
public sealed class InMemoryAdminAuditLog : IAdminAuditLog
{
    private readonly Lock _gate = new();
    private readonly List<AdminAuditEntry> _entries = [];

    public Task RecordAsync(DateTimeOffset at, string actor, string action, string? target, string outcome, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _entries.Add(new AdminAuditEntry(_entries.Count + 1, at, actor, action, target, outcome));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AdminAuditEntry>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<AdminAuditEntry> newest = _entries.AsEnumerable().Reverse().Take(limit).ToList();
            return Task.FromResult(newest);
        }
    }
}
