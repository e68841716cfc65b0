namespace OrleansSync.Contracts.HubSpotChanges;

/// <summary>
/// HubSpot <c>contact.merge</c>, told to each contact that no longer exists under its id: it now lives on as
/// <paramref name="SurvivorId"/> (HubSpot's <c>newObjectId</c>, else its <c>primaryObjectId</c>).
/// </summary>
[GenerateSerializer]
[Alias("hubspot.contact.merged-into.v1")]
public sealed record ContactMergedInto(string PortalId, string ContactId, string SurvivorId, DateTimeOffset OccurredAt) : IHubSpotContactChange;
