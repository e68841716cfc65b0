namespace OrleansSync.Contracts.Operations;

/// <summary>Append-only trail of admin actions (PostgreSQL, or in memory in embedded mode).</summary>
public interface IAdminAuditLog
{
    Task RecordAsync(DateTimeOffset at, string actor, string action, string? target, string outcome, CancellationToken cancellationToken);

    /// <summary>The newest entries first.</summary>
    Task<IReadOnlyList<AdminAuditEntry>> ListAsync(int limit, CancellationToken cancellationToken);
}
