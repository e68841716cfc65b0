namespace OrleansSync.Contracts.Storage;

/// <summary>
/// A grain could not read or write PostgreSQL — its own state, or one of the sync's stores (dead letters, reconciliation,
/// …): the database is down, unreachable or refusing. Thrown across grain boundaries in place of the driver's exception,
/// which Orleans cannot serialize (the caller would otherwise wait for its response timeout). Nothing was stored by the
/// failed call; the caller may try again later.
/// </summary>
/// <remarks>
/// Derives from <see cref="OrleansException"/> so that Orleans' state bridge passes it on as is instead of wrapping it.
/// It carries no inner exception: only what can travel.
/// </remarks>
[GenerateSerializer]
[Alias("OrleansSync.Contracts.Storage.StorageUnavailableException")]
public sealed class StorageUnavailableException : OrleansException
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, string? sqlState)
        : base(message) => SqlState = sqlState;

    /// <summary>PostgreSQL's SQLSTATE when the server answered (e.g. <c>57P01</c>, <c>42P01</c>); null when it could not be reached.</summary>
    [Id(0)]
    public string? SqlState { get; init; }
}
