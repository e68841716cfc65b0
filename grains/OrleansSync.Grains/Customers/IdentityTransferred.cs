
namespace OrleansSync.Grains.Customers;

/// <summary>Old identity → new identity: its state (null when it had nothing to hand over).</summary>
[GenerateSerializer]
[Alias("customer.identity-transferred.v1")]
public sealed record IdentityTransferred(string FromEmail, CustomerState? Snapshot);
