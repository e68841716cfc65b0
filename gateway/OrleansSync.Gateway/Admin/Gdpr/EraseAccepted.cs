namespace OrleansSync.Gateway.Admin.Gdpr;

/// <summary>
/// The 202 answer to an erase: the erase command is durable in the delivery queue for each portal's customer grain
/// (which erases its state, cancels its reminders and queues the HubSpot GDPR delete), the gateway's
/// kept deliveries naming the email are deleted, and the audit record is written.
/// </summary>
public sealed record EraseAccepted(string RequestId, IReadOnlyList<string> PortalIds, int DeliveriesErased, DateTimeOffset RequestedAt);
