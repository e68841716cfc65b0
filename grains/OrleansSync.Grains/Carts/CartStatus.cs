using System.Text.Json.Serialization;

namespace OrleansSync.Grains.Carts;

[GenerateSerializer]
[JsonConverter(typeof(JsonStringEnumConverter<CartStatus>))]
public enum CartStatus
{
    Open,
    Abandoned,
    Converted,
    Recovered,
}
