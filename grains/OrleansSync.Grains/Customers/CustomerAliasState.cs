namespace OrleansSync.Grains.Customers;

/// <summary>Which email an alias (store customer id, hubspotutk) belongs to, and events waiting for that answer.</summary>
public sealed class CustomerAliasState
{
    public string? Email { get; set; }

    public DateTimeOffset? At { get; set; }

    public List<PendingEvent> Pending { get; set; } = [];
}
