namespace OrleansSync.Gateway.Admin.Gdpr;

/// <summary>A GDPR erase request.</summary>
/// <param name="Email">The person's email (required).</param>
/// <param name="PortalId">Erase in this HubSpot portal only; default every portal a configured store syncs to.</param>
/// <param name="RequestedBy">Operator or ticket, for the audit trail (required).</param>
/// <param name="Reason">Free text, e.g. the ticket reference.</param>
public sealed record EraseRequest(string? Email, string? RequestedBy, string? PortalId = null, string? Reason = null);
