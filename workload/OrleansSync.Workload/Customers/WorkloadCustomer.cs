using OrleansSync.Workload.Storefronts;

namespace OrleansSync.Workload.Customers;

/// <summary>
/// A shopper. A registered one has an account (and platform customer id) at its home store, created before its first
/// purchase there; a guest has none and buys with its email only.
/// </summary>
public sealed record WorkloadCustomer(string Email, string FirstName, string LastName, Storefront Home, long? PlatformCustomerId, DateTimeOffset FirstSeen)
{
    public bool IsRegistered => PlatformCustomerId is not null;

    /// <summary>Whether an order at <paramref name="store"/> is placed from the account (else as a guest).</summary>
    public bool HasAccountAt(Storefront store) => IsRegistered && store.Id == Home.Id;
}
