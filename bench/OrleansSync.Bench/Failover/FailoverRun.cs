using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;
using OrleansSync.Bench.Processes;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Bench.Failover;

/// <summary>
/// One kill: fresh customer grains activated across the silos and located, SIGKILL of the silo (other than silo 1, whose
/// gateway the client uses) holding most of them, then every grain that
/// lived on it polled (an empty delivery: activate, read state, answer) until it answers from a surviving silo; grains on
/// the other silos are polled meanwhile to see whether the failure spreads.
/// </summary>
internal sealed class FailoverRun(LocalGrid grid, IClusterClient client, NpgsqlDataSource database, int grains, TimeSpan bound)
{
    private const string PortalId = "1000001";
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(50);

    public async Task<FailoverResult> RunAsync(int run, CancellationToken cancellationToken)
    {
        var targets = Enumerable.Range(0, grains).Select(i => GrainKeys.Customer(PortalId, $"failover-r{run}-{i}@example.com")).ToArray();
        await Parallel.ForEachAsync(targets, cancellationToken, async (t, _) => await PingAsync(t));
        var management = client.GetGrain<IManagementGrain>(0);
        var homes = new ConcurrentDictionary<GrainIdentity, SiloAddress?>();
        await Parallel.ForEachAsync(targets, cancellationToken, async (t, ct) => homes[t] = await management.GetActivationAddress(client.Get(t), ct));
        var placed = grid.Silos.ToDictionary(s => s, s => targets.Count(t => homes[t]?.Endpoint.Port == s.SiloPort));
        var victim = grid.Silos.Skip(1).OrderByDescending(s => placed[s]).ThenBy(s => (s.Number + run) % 2).First();
        var onVictim = targets.Where(t => homes[t]?.Endpoint.Port == victim.SiloPort).ToArray();
        var elsewhere = targets.Except(onVictim).ToArray();

        using var outage = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var clock = Stopwatch.StartNew();
        victim.Kill();
        var evicted = WaitForEvictionAsync(victim.SiloPort, clock, outage.Token);
        var others = PollElsewhereAsync(elsewhere, outage.Token);
        var answered = await Task.WhenAll(onVictim.Select(t => FirstAnswerAsync(t, clock, cancellationToken)));
        var evictedAfter = await evicted;
        await outage.CancelAsync();
        var (failedElsewhere, callsElsewhere) = await others;

        var restart = await grid.RestartAsync(victim, cancellationToken);
        var placement = string.Join(", ", placed.Select(p => $"silo {p.Key.Number}: {p.Value}"));
        return new FailoverResult(run, victim.Number, placement, onVictim.Length, elsewhere.Length, evictedAfter, answered, failedElsewhere, callsElsewhere, restart.TotalSeconds);
    }

    private Task PingAsync(GrainIdentity target) => client.Get(target).DeliverAsync(target, []);

    /// <summary>Seconds after the kill at which the grain first answered; NaN when it did not within the bound.</summary>
    private async Task<double> FirstAnswerAsync(GrainIdentity target, Stopwatch clock, CancellationToken cancellationToken)
    {
        while (clock.Elapsed < bound)
        {
            try
            {
                await PingAsync(target);
                return clock.Elapsed.TotalSeconds;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                await Task.Delay(RetryPause, cancellationToken);
            }
        }

        return double.NaN;
    }

    /// <summary>Calls the grains on the surviving silos in rounds until told to stop; counts the calls that failed.</summary>
    private async Task<(int Failed, long Calls)> PollElsewhereAsync(GrainIdentity[] targets, CancellationToken stop)
    {
        var failed = 0;
        long calls = 0;
        while (!stop.IsCancellationRequested)
        {
            await Parallel.ForEachAsync(targets, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (t, _) =>
            {
                Interlocked.Increment(ref calls);
                try
                {
                    await PingAsync(t);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    Interlocked.Increment(ref failed);
                }
            });
        }

        return (failed, calls);
    }

    /// <summary>Seconds after the kill at which the membership table marks the killed silo Dead (status 6).</summary>
    private async Task<double> WaitForEvictionAsync(int siloPort, Stopwatch clock, CancellationToken cancellationToken)
    {
        while (clock.Elapsed < bound)
        {
            await using var command = database.CreateCommand("SELECT status FROM orleansmembershiptable WHERE port = @port ORDER BY generation DESC LIMIT 1");
            command.Parameters.AddWithValue("port", siloPort);
            if (await command.ExecuteScalarAsync(cancellationToken) is 6)
            {
                return clock.Elapsed.TotalSeconds;
            }

            await Task.Delay(50, cancellationToken);
        }

        return double.NaN;
    }
}
