namespace OrleansSync.Contracts.Operations;

/// <summary>A configured store and the HubSpot portal it syncs to (the gateway's configuration, handed to the grid).</summary>
[GenerateSerializer]
[Alias("store-of-portal.v1")]
public sealed record StoreOfPortal(string StoreId, string PortalId);
