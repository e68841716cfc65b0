namespace OrleansSync.Stores.WriteBack;

/// <summary>What the store said to a write-back.</summary>
/// <param name="ModifiedAt">The customer's modification time after the write, when the store returned it.</param>
/// <param name="Refusal">Why the store refused it for good (a 4xx), or null when written.</param>
public sealed record StoreWriteResult(DateTimeOffset? ModifiedAt, string? Refusal)
{
    public bool Written => Refusal is null;

    public static StoreWriteResult Refused(string why) => new(null, why);
}
