using System.Text.Json.Serialization;

namespace OrleansSync.Runtime.Grains;

/// <summary>Identity of a virtual actor: its grain type name and its key within that type.</summary>
public readonly record struct GrainId
{
    [JsonConstructor]
    public GrainId(string type, string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentNullException.ThrowIfNull(key);
        Type = type;
        Key = key;
    }

    public string Type { get; }

    public string Key { get; }

    public override string ToString() => $"{Type}/{Key}";
}
