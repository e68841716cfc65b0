namespace OrleansSync.Runtime.Storage;

public interface IGridStatisticsReader
{
    Task<GridStatistics> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
