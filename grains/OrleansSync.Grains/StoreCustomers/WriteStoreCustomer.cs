namespace OrleansSync.Grains.StoreCustomers;

/// <summary>
/// Customer grain → store customer grain: the shared fields as they should now be in the store (HubSpot property names
/// → values). Each message carries the whole desired set, so a repeat or a late one writes nothing wrong.
/// </summary>
[GenerateSerializer]
[Alias("store-customer.write.v1")]
public sealed record WriteStoreCustomer(string StoreId, string PlatformCustomerId, IReadOnlyDictionary<string, string> Fields);
