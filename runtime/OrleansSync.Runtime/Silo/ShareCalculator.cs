namespace OrleansSync.Runtime.Silo;

/// <summary>How many shards each live silo should own: an even split, the first silos (by id) taking the remainder.</summary>
public static class ShareCalculator
{
    public static int ShareOf(string siloId, IReadOnlyList<string> liveSilos, int shardCount)
    {
        var ordered = liveSilos.Order(StringComparer.Ordinal).ToList();
        var index = ordered.IndexOf(siloId);
        if (index < 0)
        {
            return 0;
        }

        return shardCount / ordered.Count + (index < shardCount % ordered.Count ? 1 : 0);
    }
}
