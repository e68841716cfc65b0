using System.Threading.RateLimiting;
using OrleansSync.HubSpot.Client.RateLimiting;
using OrleansSync.HubSpot.Tests.Support;

namespace OrleansSync.HubSpot.Tests.Client;

/// <summary>The limiter's rolling window on a hand-moved clock: when a permit comes back, to the millisecond.</summary>
public sealed class HubSpotRateLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Ms = TimeSpan.FromMilliseconds(1);

    [Fact]
    public void AttemptAcquire_WindowFull_101stGrantedExactlyWhenFirstCallAgesOut()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        using var limiter = new HubSpotRateLimiter(100, Window, clock);
        TakeBurst(limiter, clock);

        // Call i was answered at i × 10 ms; the first one's slot is back one window after its answer, not later.
        clock.Advance(Window - (100 * 10 * Ms) + (10 * Ms) - Ms);
        using (var early = limiter.AttemptAcquire())
        {
            Assert.False(early.IsAcquired);
        }

        clock.Advance(Ms);
        using var the101st = limiter.AttemptAcquire();
        Assert.True(the101st.IsAcquired);
    }

    [Fact]
    public void Observe_RemainingCountedBeforeOwnSlotsAgedOut_DoesNotHoldSlotsForAnotherWindow()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        using var limiter = new HubSpotRateLimiter(100, Window, clock);
        TakeBurst(limiter, clock);
        clock.Advance(Window - (100 * 10 * Ms) + (10 * Ms)); // t = 10.010 s: the first call's slot is free
        var the101st = limiter.AttemptAcquire();
        Assert.True(the101st.IsAcquired);

        // HubSpot counted 100 (remaining 0) when the 101st arrived; its answer comes 40 ms later, by which time
        // calls 2-5 have aged out here too. Those are ours, not someone else's: they must not be held again.
        clock.Advance(40 * Ms);
        limiter.Observe(new RateLimitHeaders(100, 0, Window, null, null), the101st);
        the101st.Dispose();

        var next = Enumerable.Range(0, 4).Select(_ => limiter.AttemptAcquire()).ToList();
        Assert.All(next, l => Assert.True(l.IsAcquired));
        using var full = limiter.AttemptAcquire();
        Assert.False(full.IsAcquired);
        Assert.All(next, l => l.Dispose());
    }

    [Fact]
    public void Observe_HubSpotCountsCallsThatAreNotOurs_HoldsThoseSlotsForAWindow()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        using var limiter = new HubSpotRateLimiter(100, Window, clock);
        var lease = limiter.AttemptAcquire();

        // Another client of the same portal already spent 49 calls: 50 counted, 50 remaining.
        clock.Advance(20 * Ms);
        limiter.Observe(new RateLimitHeaders(100, 50, Window, null, null), lease);
        lease.Dispose();

        var granted = Enumerable.Range(0, 51).Select(_ => limiter.AttemptAcquire()).ToList();
        Assert.Equal(50, granted.Count(l => l.IsAcquired));
        Assert.All(granted, l => l.Dispose());
    }

    /// <summary>100 calls sent at t = 0, call i answered at i × 10 ms (the clock ends at 1 s).</summary>
    private static List<RateLimitLease> TakeBurst(HubSpotRateLimiter limiter, ManualTimeProvider clock)
    {
        var leases = Enumerable.Range(0, 100).Select(_ => limiter.AttemptAcquire()).ToList();
        Assert.All(leases, l => Assert.True(l.IsAcquired));
        using (var over = limiter.AttemptAcquire())
        {
            Assert.False(over.IsAcquired);
        }

        foreach (var lease in leases)
        {
            clock.Advance(10 * Ms);
            lease.Dispose();
        }

        return leases;
    }
}
