using OrleansSync.Contracts.Operations;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Admin.Audit;

/// <summary>The audit trail: every admin action, and the GDPR erasures' own records (email only as a SHA-256), newest first.</summary>
public sealed record AuditTrail(IReadOnlyList<AdminAuditEntry> Actions, IReadOnlyList<ErasureAudit> Erasures);
