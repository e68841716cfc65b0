using System.Text.Json;
using Microsoft.Extensions.Options;
using OrleansSync.Runtime.Configuration;

namespace OrleansSync.Runtime.Serialization;

/// <summary>Serialises messages and grain state as JSON with the grid's configured options.</summary>
public sealed class GridSerializer(IOptions<GridOptions> options)
{
    private readonly JsonSerializerOptions _json = options.Value.Json;

    public string Serialize(object value, Type type) => JsonSerializer.Serialize(value, type, _json);

    public object Deserialize(string json, Type type) =>
        JsonSerializer.Deserialize(json, type, _json) ?? throw new JsonException($"'{json}' is not a {type.Name}.");
}
