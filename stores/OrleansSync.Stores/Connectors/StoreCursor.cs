namespace OrleansSync.Stores.Connectors;

/// <summary>
/// Where a connector is in one resource: records modified after <see cref="ModifiedAfter"/> (the delta watermark), and
/// the platform's own position inside that window (next-page link or token, last id, or a sequence number).
/// Kept in the connector grain's state after each committed page, so a crash resumes from the last page.
/// </summary>
public sealed record StoreCursor(DateTimeOffset? ModifiedAfter = null, string? Position = null)
{
    public static StoreCursor Start { get; } = new();
}
