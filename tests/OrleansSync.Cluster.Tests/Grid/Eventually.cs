using System.Diagnostics;

namespace OrleansSync.Cluster.Tests.Grid;

/// <summary>Waits on a condition, failing with a message that names what was awaited and what the grid looked like.</summary>
public static class Eventually
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, Func<Task<string>>? describe = null, TimeSpan? poll = null)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
            {
                var detail = describe is null ? "" : " " + await describe();
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}.{detail}");
            }

            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(250));
        }
    }
}
