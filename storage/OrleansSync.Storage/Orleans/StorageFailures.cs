using System.Data.Common;
using OrleansSync.Contracts.Storage;

namespace OrleansSync.Storage.Orleans;

/// <summary>Recognises a database failure in an exception chain and gives the form of it that can cross a grain boundary.</summary>
public static class StorageFailures
{
    /// <summary>The <see cref="StorageUnavailableException"/> standing for <paramref name="error"/>, or null when no database failed.</summary>
    public static StorageUnavailableException? Translate(Exception error) =>
        Find(error) is { } failure
            ? new StorageUnavailableException($"PostgreSQL is unavailable: {failure.GetType().Name}: {failure.Message}", failure.SqlState)
            : null;

    private static DbException? Find(Exception? error) => error switch
    {
        null or StorageUnavailableException => null,
        DbException failure => failure,
        AggregateException all => all.InnerExceptions.Select(Find).FirstOrDefault(f => f is not null),
        _ => Find(error.InnerException),
    };
}
