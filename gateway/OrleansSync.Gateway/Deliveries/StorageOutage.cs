using System.Data.Common;
using OrleansSync.Contracts.Storage;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>Whether an exception means PostgreSQL (the gateway's or a grain's) could not be used, rather than a bug.</summary>
public static class StorageOutage
{
    public static bool Is(Exception? error) => error switch
    {
        null => false,
        DbException or StorageUnavailableException or TimeoutException => true,
        AggregateException all => all.InnerExceptions.Any(Is),
        _ => Is(error.InnerException),
    };
}
