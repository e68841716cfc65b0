
namespace OrleansSync.Grains.Customers;

/// <summary>New identity → old identity: the store changed the person's email; hand everything over and forward from now on.</summary>
[GenerateSerializer]
[Alias("customer.move-identity.v1")]
public sealed record MoveIdentity(string NewEmail);
