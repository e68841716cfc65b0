namespace OrleansSync.Cluster.Tests.Workload;

/// <summary>A customer of the workload's store and what HubSpot must end up with for them.</summary>
public sealed record WorkloadCustomer(long Id, string Email, string FirstName, string LastName, bool Subscribed);
