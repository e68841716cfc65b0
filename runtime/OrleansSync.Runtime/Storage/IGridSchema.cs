namespace OrleansSync.Runtime.Storage;

/// <summary>Creates or migrates the store's schema. Safe to run from several processes at once.</summary>
public interface IGridSchema
{
    Task EnsureCreatedAsync(CancellationToken cancellationToken);
}
