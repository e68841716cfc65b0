namespace OrleansSync.Cluster.Tests.Workload;

/// <summary>A customer of the workload's store and what HubSpot must end up with for them.</summary>
/// <param name="Currency">The currency every order of theirs is placed in (a customer shops in one currency).</param>
public sealed record WorkloadCustomer(long Id, string Email, string FirstName, string LastName, bool Subscribed, string Currency);
