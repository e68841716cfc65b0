namespace OrleansSync.Stores.Simulators;

/// <summary>The knobs every simulator has: an outage (503 to everything) and a number of requests to refuse with 429.</summary>
public sealed class SimulatorFaults
{
    private int _rateLimited;

    /// <summary>While true, every request answers 503.</summary>
    public bool Outage { get; set; }

    /// <summary>How long a rate-limited answer tells the client to wait.</summary>
    public TimeSpan RateLimitReset { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The next <paramref name="requests"/> requests answer 429.</summary>
    public void RateLimitNext(int requests) => Interlocked.Exchange(ref _rateLimited, requests);

    /// <summary>True (and one fewer left) when this request is to be rate limited.</summary>
    public bool TakeRateLimited()
    {
        while (true)
        {
            var left = Volatile.Read(ref _rateLimited);
            if (left <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _rateLimited, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
