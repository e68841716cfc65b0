using System.Text.Json.Serialization;
using OrleansSync.Contracts.Portals;

namespace OrleansSync.Gateway.Admin.Status;

/// <summary>One HubSpot portal: what its grain reports and the drain estimate, or why its grain could not be reached.</summary>
/// <param name="Status">The portal grain's own snapshot; left out when it could not be reached.</param>
/// <param name="Drain">Backlog (queued + in flight) against the request budget; left out when the grain could not be reached.</param>
/// <param name="Error">Why the portal's grain could not be reached; left out when it answered.</param>
public sealed record PortalView(
    string PortalId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PortalStatus? Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PortalBacklog? Drain,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error);
