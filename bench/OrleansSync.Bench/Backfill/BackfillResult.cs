using OrleansSync.Bench.EndToEnd;

namespace OrleansSync.Bench.Backfill;

internal sealed record BackfillResult(
    SandboxProgress Expected,
    SandboxProgress Reached,
    int DuplicateDeals,
    int DuplicateContacts,
    TimeSpan Duration,
    TimeSpan KilledAt,
    TimeSpan RestartTook,
    bool ResumedFromCursor,
    int HubSpotCalls,
    long HubSpotInputs,
    int HubSpot429,
    int RequestsPer10Seconds,
    int StoreCalls)
{
    public bool Exact => Reached == Expected && DuplicateDeals == 0 && DuplicateContacts == 0;

    public void Print()
    {
        var allowed = Duration.TotalSeconds / 10 * RequestsPer10Seconds;
        Console.WriteLine($"result:                 {(Exact ? "EXACT" : "NOT EXACT")} — HubSpot holds {Reached} (expected {Expected}); duplicate deals {DuplicateDeals}, duplicate contacts {DuplicateContacts}");
        Console.WriteLine($"duration:               {Duration.TotalSeconds:F1} s ({Expected.Records / Duration.TotalSeconds:F0} HubSpot records/s)");
        Console.WriteLine($"silo killed at:         {KilledAt.TotalSeconds:F1} s; back and active after {RestartTook.TotalSeconds:F1} s; resumed from its cursor: {(ResumedFromCursor ? "yes" : "NO (re-read from the start)")}");
        Console.WriteLine($"HubSpot calls:          {HubSpotCalls:N0} ({HubSpot429} answered 429), {(HubSpotCalls == 0 ? 0 : (double)HubSpotInputs / HubSpotCalls):F1} records per call");
        Console.WriteLine($"rate limit used:        {(allowed == 0 ? 0 : HubSpotCalls / allowed):P1} of {RequestsPer10Seconds} requests / 10 s over the run");
        Console.WriteLine($"store API calls:        {StoreCalls:N0}");
    }
}
