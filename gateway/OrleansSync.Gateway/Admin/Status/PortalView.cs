using OrleansSync.Contracts.Portals;

namespace OrleansSync.Gateway.Admin.Status;

/// <summary>One HubSpot portal: what its grain reports and the drain estimate, or why its grain could not be reached.</summary>
/// <param name="Status">The portal grain's own snapshot; null when it could not be reached.</param>
/// <param name="Drain">Backlog (queued + in flight) against the request budget; null when the grain could not be reached.</param>
/// <param name="Error">Why the portal's grain could not be reached; null when it answered.</param>
public sealed record PortalView(string PortalId, PortalStatus? Status, PortalBacklog? Drain, string? Error);
