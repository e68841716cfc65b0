using System.Collections.Concurrent;

namespace OrleansSync.Runtime.Tests.Grains;

/// <summary>Observes grains from outside: how many turns of a grain ran at once, and how often it was activated.</summary>
public static class GrainProbe
{
    private static readonly ConcurrentDictionary<string, int> Active = new();
    private static readonly ConcurrentDictionary<string, int> MaxActive = new();
    private static readonly ConcurrentDictionary<string, int> Activations = new();
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Meetings = new();
    private static readonly ConcurrentDictionary<string, int> Arrivals = new();

    public static IDisposable Enter(string key)
    {
        var now = Active.AddOrUpdate(key, 1, (_, v) => v + 1);
        MaxActive.AddOrUpdate(key, now, (_, v) => Math.Max(v, now));
        return new Exit(key);
    }

    public static int MaxConcurrent(string key) => MaxActive.GetValueOrDefault(key);

    public static void Activated(string key) => Activations.AddOrUpdate(key, 1, (_, v) => v + 1);

    public static int ActivationCount(string key) => Activations.GetValueOrDefault(key);

    /// <summary>Completes only once <paramref name="parties"/> handlers of the group are inside it at the same time.</summary>
    public static Task MeetAsync(string group, int parties, CancellationToken cancellationToken)
    {
        var meeting = Meetings.GetOrAdd(group, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (Arrivals.AddOrUpdate(group, 1, (_, v) => v + 1) >= parties)
        {
            meeting.TrySetResult();
        }

        return meeting.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
    }

    private sealed class Exit(string key) : IDisposable
    {
        public void Dispose()
        {
            Active.AddOrUpdate(key, 0, (_, v) => v - 1);
        }
    }
}
