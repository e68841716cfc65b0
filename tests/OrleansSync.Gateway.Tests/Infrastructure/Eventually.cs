namespace OrleansSync.Gateway.Tests.Infrastructure;

/// <summary>Waits for a condition the system reaches on its own (hand-off, sweeps), failing with what was awaited.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static async Task WaitAsync(Func<bool> condition, string awaited, TimeSpan? timeout = null) =>
        await WaitAsync(() => Task.FromResult(condition()), awaited, timeout);

    public static async Task WaitAsync(Func<Task<bool>> condition, string awaited, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        using var deadline = new CancellationTokenSource(limit);
        while (!await condition())
        {
            if (deadline.IsCancellationRequested)
            {
                Assert.Fail($"Timed out after {limit.TotalSeconds:0.#} s waiting for: {awaited}");
            }

            await Task.Delay(10);
        }
    }
}
