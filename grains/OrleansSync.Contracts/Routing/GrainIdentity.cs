using System.Security.Cryptography;
using System.Text;
using Orleans.Runtime;

namespace OrleansSync.Contracts.Routing;

/// <summary>
/// The logical identity of a domain grain: its grain type (<see cref="GrainTypes"/>) and its key within that type
/// (<see cref="GrainKeys"/>). <see cref="ToGrainId"/> maps it onto an Orleans grain id that always fits the reminder
/// table's 150-character grain-id column: a longer key (a long email) is cut and suffixed with a hash of the whole key,
/// and the grain learns its full logical key from the envelopes it receives.
/// </summary>
[GenerateSerializer]
[Alias("grain-identity.v1")]
public readonly record struct GrainIdentity(string Type, string Key)
{
    /// <summary>Orleans stores grain ids as <c>{type}/{key}</c>; the reminder table allows 150 characters.</summary>
    public const int MaxGrainIdLength = 150;

    private const int HashLength = 24;

    public GrainId ToGrainId() => GrainId.Create(Type, OrleansKey(Type, Key));

    public override string ToString() => $"{Type}/{Key}";

    /// <summary>The key Orleans sees: the logical key, or a cut, hash-suffixed form of it when too long.</summary>
    public static string OrleansKey(string type, string key)
    {
        var room = MaxGrainIdLength - type.Length - 1;
        if (key.Length <= room)
        {
            return key;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..HashLength];
        return $"{key[..(room - HashLength - 1)]}~{hash}";
    }
}
