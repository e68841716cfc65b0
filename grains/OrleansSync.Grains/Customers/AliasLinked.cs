
namespace OrleansSync.Grains.Customers;

/// <summary>Alias grain → customer grain: who the alias belongs to now, and whose identity it was taken from (an email change).</summary>
[GenerateSerializer]
[Alias("customer.alias-linked.v1")]
public sealed record AliasLinked(string AliasKey, string CurrentEmail, string? PreviousEmail);
