namespace OrleansSync.Gateway.Admin.DeadLetters;

/// <summary>A dead letter as the admin API shows it.</summary>
/// <param name="Kind">"Message" (replay queues it for its grain again) or "HubSpotRecord" (replay puts it back in its portal's queue).</param>
/// <param name="PortalId">The HubSpot portal (HubSpot records only).</param>
/// <param name="TypeOrObjectKey">The message's type name, or the HubSpot record's object key.</param>
public sealed record DeadLetterView(
    long Id,
    string Kind,
    string GrainType,
    string GrainKey,
    string? PortalId,
    string TypeOrObjectKey,
    string Payload,
    string Error,
    int Attempts,
    DateTimeOffset CreatedAt);
