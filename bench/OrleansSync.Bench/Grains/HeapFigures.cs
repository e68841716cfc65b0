namespace OrleansSync.Bench.Grains;

/// <summary>Managed heap of this process (after full blocking GCs) before, with and after a set of idle activations.</summary>
internal sealed record HeapFigures(int Activations, long Before, long Live, long AfterDeactivation, TimeSpan ActivationTime)
{
    /// <summary>Heap growth per activation while they live: the activation and everything else the process keeps for it.</summary>
    public double GrowthPerActivation => (Live - Before) / (double)Activations;

    /// <summary>Heap freed per activation by deactivating them: what an idle activation itself costs.</summary>
    public double FreedPerActivation => (Live - AfterDeactivation) / (double)Activations;

    /// <summary>What stays after deactivation, per activation (in-memory stored state and the like).</summary>
    public double RemainingPerActivation => (AfterDeactivation - Before) / (double)Activations;

    /// <summary>The managed heap after blocking, compacting full collections (the silo runs in this process).</summary>
    public static long Settled()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
