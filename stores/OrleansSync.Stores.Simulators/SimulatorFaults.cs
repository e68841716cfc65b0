namespace OrleansSync.Stores.Simulators;

/// <summary>
/// The knobs every simulator has: an outage (503 to everything), a number of requests to fail with a server error, and a
/// number of requests to refuse with 429.
/// </summary>
public sealed class SimulatorFaults
{
    private int _rateLimited;
    private int _failing;

    /// <summary>While true, every request answers 503.</summary>
    public bool Outage { get; set; }

    /// <summary>How long a rate-limited answer tells the client to wait.</summary>
    public TimeSpan RateLimitReset { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The next <paramref name="requests"/> requests answer 429.</summary>
    public void RateLimitNext(int requests) => Interlocked.Exchange(ref _rateLimited, requests);

    /// <summary>The status the requests of <see cref="FailNext"/> answer. Default 503.</summary>
    public int FailureStatus { get; set; } = 503;

    /// <summary>The next <paramref name="requests"/> requests answer <see cref="FailureStatus"/> (a store that is briefly unwell).</summary>
    public void FailNext(int requests) => Interlocked.Exchange(ref _failing, requests);

    /// <summary>True (and one fewer left) when this request is to fail with <see cref="FailureStatus"/>.</summary>
    public bool TakeFailing() => TakeOne(ref _failing);

    /// <summary>True (and one fewer left) when this request is to be rate limited.</summary>
    public bool TakeRateLimited() => TakeOne(ref _rateLimited);

    private static bool TakeOne(ref int counter)
    {
        while (true)
        {
            var left = Volatile.Read(ref counter);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref counter, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
