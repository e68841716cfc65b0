using System.Diagnostics;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Routing;

namespace OrleansSync.Cluster.Tests.Grid;

/// <summary>
/// Measures how long grains that lived on a failed silo take to answer again: each is called (an empty delivery, which
/// activates the grain and changes nothing) until a call succeeds. A figure for the record, not an assertion.
/// </summary>
public static class FailoverProbe
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Domain grains (customers, orders) active on <paramref name="silo"/> now, at most <paramref name="count"/>.</summary>
    public static async Task<IReadOnlyList<GrainId>> GrainsOnAsync(GridClient client, SiloAddress silo, int count)
    {
        var grains = await client.Management.GetDetailedGrainStatistics(hostsIds: [silo]);
        return [.. grains.Select(g => g.GrainId)
            .Where(id => id.Type.ToString() is GrainTypes.Customer or GrainTypes.Order)
            .Take(count)];
    }

    /// <summary>Per grain, the time from <paramref name="failedAt"/> until it first answered.</summary>
    public static async Task<IReadOnlyList<TimeSpan>> TimeToAnswerAsync(GridClient client, IReadOnlyList<GrainId> grains, Stopwatch failedAt, TimeSpan giveUp) =>
        await Task.WhenAll(grains.Select(async id =>
        {
            var identity = new GrainIdentity(id.Type.ToString()!, id.Key.ToString()!);
            while (failedAt.Elapsed < giveUp)
            {
                try
                {
                    await client.Cluster.GetGrain<IMessageGrain>(id).DeliverAsync(identity, []).WaitAsync(CallTimeout);
                    return failedAt.Elapsed;
                }
                catch (Exception)
                {
                    // Rejected, timed out or not yet placed: the silo is not declared dead yet, or the grain is moving.
                    await Task.Delay(50);
                }
            }

            return giveUp;
        }));
}
