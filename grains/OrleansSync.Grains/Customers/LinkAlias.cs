
namespace OrleansSync.Grains.Customers;

/// <summary>Customer grain → alias grain: this platform id / utk belongs to <paramref name="Email"/> as of <paramref name="At"/>.</summary>
[GenerateSerializer]
[Alias("customer-alias.link.v1")]
public sealed record LinkAlias(string Email, DateTimeOffset? At);
