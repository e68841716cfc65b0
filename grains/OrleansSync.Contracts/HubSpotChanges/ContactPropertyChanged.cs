namespace OrleansSync.Contracts.HubSpotChanges;

/// <summary>HubSpot <c>contact.propertyChange</c>: one property of one contact has a new value.</summary>
/// <param name="Value">The new value; null or empty when it was cleared.</param>
/// <param name="OccurredAt">HubSpot's <c>occurredAt</c>: compared with the store record's modified time for shared fields.</param>
[GenerateSerializer]
[Alias("hubspot.contact.property-changed.v1")]
public sealed record ContactPropertyChanged(string PortalId, string ContactId, string Property, string? Value, DateTimeOffset OccurredAt, ChangeOrigin Origin)
    : IHubSpotContactChange;
