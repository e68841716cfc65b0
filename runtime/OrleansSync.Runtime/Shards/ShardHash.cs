using System.Text;
using OrleansSync.Runtime.Grains;

namespace OrleansSync.Runtime.Shards;

/// <summary>
/// Maps a grain to its shard with 64-bit FNV-1a over the UTF-8 bytes of "type/key".
/// Stable across processes, machines and .NET versions (unlike <c>string.GetHashCode</c>),
/// so every silo and gateway agrees on where a grain lives.
/// </summary>
public static class ShardHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Hash(GrainId id) => Fnv1a(Encoding.UTF8.GetBytes($"{id.Type}/{id.Key}"));

    /// <summary>64-bit FNV-1a.</summary>
    public static ulong Fnv1a(ReadOnlySpan<byte> bytes)
    {
        var hash = OffsetBasis;
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= Prime;
        }

        return hash;
    }

    public static int ShardOf(GrainId id, int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        return (int)(Hash(id) % (ulong)shardCount);
    }
}
