namespace OrleansSync.Runtime.Storage;

/// <summary>A grain's last committed state (JSON) with its version, and its reminders.</summary>
public sealed record StoredGrain(long Version, string? StateJson, IReadOnlyList<StoredReminder> Reminders)
{
    public static StoredGrain Empty { get; } = new(0, null, []);
}
