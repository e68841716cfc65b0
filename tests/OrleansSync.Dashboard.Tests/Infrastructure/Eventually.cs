namespace OrleansSync.Dashboard.Tests.Infrastructure;

/// <summary>Waits for the grid to settle: polls a condition until it holds, or fails with a message naming what was awaited.</summary>
internal static class Eventually
{
    public static async Task<T> HoldsAsync<T>(Func<Task<T?>> probe, Func<T?, bool> holds, string awaited, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        T? last = default;
        while (!cancel.IsCancellationRequested)
        {
            last = await probe();
            if (holds(last))
            {
                return last!;
            }

            try
            {
                await Task.Delay(200, cancel.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        throw new TimeoutException($"Timed out waiting for {awaited}; last seen: {last}");
    }
}
