namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// The audit record of a GDPR erase. It keeps a SHA-256 of the normalised email, not the email
/// itself, so the audit trail does not undo the erasure.
/// </summary>
public sealed record ErasureAudit(
    string RequestId,
    string EmailSha256,
    IReadOnlyList<string> PortalIds,
    string RequestedBy,
    string? Reason,
    int DeliveriesErased,
    DateTimeOffset RequestedAt);
