using System.Text.Json.Serialization;

namespace OrleansSync.Gateway.Admin.Status;

/// <summary>The sync at a glance: live silos, deliveries waiting for their grains, dead letters, and each HubSpot portal.</summary>
/// <param name="Silos">Active silos as Orleans' membership sees them.</param>
/// <param name="SilosError">Why the silos could not be read (no silo reachable); left out when they were.</param>
/// <param name="Deliveries">Deliveries accepted but not yet acknowledged by their grains (all gateways).</param>
/// <param name="DeadLetters">Dead letters waiting for an operator; null when this process has no dead-letter store.</param>
/// <param name="Portals">One entry per HubSpot portal of the configured stores.</param>
public sealed record ClusterStatus(
    DateTimeOffset At,
    IReadOnlyList<SiloView> Silos,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SilosError,
    PendingDeliveriesView Deliveries,
    long? DeadLetters,
    IReadOnlyList<PortalView> Portals);
