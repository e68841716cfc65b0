namespace OrleansSync.HubSpot.Sandbox.RateLimiting;

/// <summary>Calls per day, reset at midnight in the account's time zone (HubSpot's DAILY policy).</summary>
internal sealed class DailyQuota(int limit, TimeSpan timeZoneOffset)
{
    private DateOnly _day;
    private int _used;

    public int Limit { get; } = limit;

    public bool TryAcquire(DateTimeOffset now)
    {
        Roll(now);
        if (_used >= Limit)
        {
            return false;
        }

        _used++;
        return true;
    }

    public int Remaining(DateTimeOffset now)
    {
        Roll(now);
        return Math.Max(0, Limit - _used);
    }

    private void Roll(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.ToOffset(timeZoneOffset).DateTime);
        if (today != _day)
        {
            _day = today;
            _used = 0;
        }
    }
}
