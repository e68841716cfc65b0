namespace OrleansSync.Gateway.Health;

/// <summary>The body of <c>/health/ready</c>: the overall status and what each check found.</summary>
public sealed record ReadinessReport(string Status, IReadOnlyList<ReadinessCheck> Checks);

/// <summary>One readiness check: its name, status and what it means for deliveries.</summary>
public sealed record ReadinessCheck(string Name, string Status, string? Description);
