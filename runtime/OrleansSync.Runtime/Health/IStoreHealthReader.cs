namespace OrleansSync.Runtime.Health;

public interface IStoreHealthReader
{
    Task<StoreHealth> ReadHealthAsync(CancellationToken cancellationToken);
}
