namespace OrleansSync.Bench.Failover;

/// <summary>One kill: which silo, how many polled grains lived on it, and when each answered again (seconds after the kill).</summary>
internal sealed record FailoverResult(
    int Run,
    int Victim,
    string Placement,
    int GrainsOnVictim,
    int GrainsElsewhere,
    double EvictedAfter,
    IReadOnlyList<double> AnsweredAfter,
    int FailedCallsElsewhere,
    long CallsElsewhere,
    double RestartSeconds);
