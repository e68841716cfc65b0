namespace OrleansSync.Grains.Tests.Fixtures;

/// <summary>Waits on a condition, failing with a message that names what was awaited.</summary>
public static class Wait
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, Func<string>? describe = null)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (!await condition())
        {
            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}.{(describe is null ? "" : " " + describe())}");
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what) => UntilAsync(() => Task.FromResult(condition()), timeout, what);
}
