
namespace OrleansSync.Grains.Customers;

/// <summary>Customer grain → order grain: the contact exists in HubSpot with this id, so the deal can be written and associated.</summary>
[GenerateSerializer]
[Alias("order.contact-ready.v1")]
public sealed record ContactReady(string Email, string HubSpotId);
