namespace OrleansSync.Bench.Workload;

/// <summary>
/// What the portal's grain did with a backlog built behind an outage: object records accepted by HubSpot from the
/// release until fewer than one full batch (100 records) was queued or in flight (the last call HubSpot accepted
/// before the sample that showed it), against the portal's limit.
/// </summary>
internal sealed record BacklogDrain(
    int Orders,
    int PeakQueued,
    TimeSpan ReleaseToFirstWrite,
    TimeSpan ReleaseToDrained,
    long Records,
    int Calls,
    int Http429,
    bool Drained,
    double LimitRecordsPerSecond)
{
    public const string Definition =
        "object records (creates, updates, upserts) HubSpot accepted from the release of a backlog built behind an outage "
        + "until fewer than 100 records were queued or in flight in the portal's grain (its last accepted call), per second, "
        + "÷ (requests per 10 s × 100 / 10); the default backlog outlasts three 10-second windows, so an idle window's burst adds little";

    public double? RecordsPerSecond => ReleaseToDrained > TimeSpan.Zero ? Records / ReleaseToDrained.TotalSeconds : null;

    public double? OfLimit => RecordsPerSecond / LimitRecordsPerSecond;

    /// <summary>
    /// The same records per second counted from the first accepted write: without the recovery from the outage (the
    /// grain's pause and the client's open circuit), which is not the drain's pace.
    /// </summary>
    public double? RecordsPerSecondFromFirstWrite => ReleaseToDrained > ReleaseToFirstWrite ? Records / (ReleaseToDrained - ReleaseToFirstWrite).TotalSeconds : null;

    public double RecordsPerCall => (double)Records / Math.Max(1, Calls);
}
