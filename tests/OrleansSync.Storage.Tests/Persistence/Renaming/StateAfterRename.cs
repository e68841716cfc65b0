namespace OrleansSync.Storage.Tests.Persistence.Renaming.After.Carts;

/// <summary>The same state after a later release renamed the class and moved it to another namespace.</summary>
public sealed class AbandonableCartState
{
    public string? StoreId { get; set; }

    public decimal Value { get; set; }

    public List<string> Items { get; set; } = [];

    public Dictionary<string, DateTimeOffset> Reminders { get; set; } = [];
}
