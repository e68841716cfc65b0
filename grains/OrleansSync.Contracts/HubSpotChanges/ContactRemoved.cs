namespace OrleansSync.Contracts.HubSpotChanges;

/// <summary>HubSpot <c>contact.deletion</c> (archive, or GDPR delete): the contact is gone from HubSpot.</summary>
[GenerateSerializer]
[Alias("hubspot.contact.removed.v1")]
public sealed record ContactRemoved(string PortalId, string ContactId, DateTimeOffset OccurredAt, ChangeOrigin Origin) : IHubSpotContactChange;
