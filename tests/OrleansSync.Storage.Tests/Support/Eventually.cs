using System.Diagnostics;

namespace OrleansSync.Storage.Tests.Support;

/// <summary>Waits for the grid to reach a state, failing with what was expected and what was last seen.</summary>
internal static class Eventually
{
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan timeout, string expectation)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var seen = await probe();
            if (condition(seen))
            {
                return seen;
            }

            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {expectation}; last seen: {seen}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
