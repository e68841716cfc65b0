namespace OrleansSync.Gateway.Admin.Status;

/// <summary>One silo's membership entry.</summary>
/// <param name="Address">Orleans silo address (endpoint and generation).</param>
/// <param name="Status">Orleans silo status, e.g. "Active".</param>
/// <param name="LastAlive">The silo's last "I am alive" write to the membership table.</param>
public sealed record SiloView(string Address, string Name, string Host, string Status, DateTimeOffset StartedAt, DateTimeOffset LastAlive);
