namespace OrleansSync.Storage.Tests.Persistence.Renaming.Before;

/// <summary>A grain state class as one release names it.</summary>
public sealed class CartState
{
    public string? StoreId { get; set; }

    public decimal Value { get; set; }

    public List<string> Items { get; set; } = [];

    public Dictionary<string, DateTimeOffset> Reminders { get; set; } = [];
}
