namespace OrleansSync.Contracts.HubSpotChanges;

/// <summary>
/// HubSpot <c>deal.creation</c> (<paramref name="Property"/> null) or a <c>deal.propertyChange</c> of its pipeline or stage:
/// the deal may now be one that becomes a store order.
/// </summary>
/// <param name="Value">The property's new value (a pipeline or stage id); null for a creation.</param>
[GenerateSerializer]
[Alias("hubspot.deal.changed.v1")]
public sealed record DealChanged(string PortalId, string DealId, string? Property, string? Value, DateTimeOffset OccurredAt, ChangeOrigin Origin);
