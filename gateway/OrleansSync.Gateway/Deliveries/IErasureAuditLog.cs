namespace OrleansSync.Gateway.Deliveries;

/// <summary>Append-only audit trail of GDPR erase requests.</summary>
public interface IErasureAuditLog
{
    /// <summary>Keeps the audit record; a repeated request id is kept once (returns false).</summary>
    Task<bool> RecordAsync(ErasureAudit audit, CancellationToken cancellationToken);

    /// <summary>The newest records first.</summary>
    Task<IReadOnlyList<ErasureAudit>> ListAsync(int limit, CancellationToken cancellationToken);
}
