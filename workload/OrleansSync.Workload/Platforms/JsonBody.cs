using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace OrleansSync.Workload.Platforms;

/// <summary>Writes a webhook body with <see cref="Utf8JsonWriter"/>: the bytes that are signed and sent, nothing reformatted later.</summary>
internal static class JsonBody
{
    public static byte[] Object(Action<Utf8JsonWriter> properties)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            properties(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Money as the platforms send it: a string with two decimals (<c>"12.50"</c>).</summary>
    public static string Money(decimal amount) => amount.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>Shopify's ISO 8601 with offset.</summary>
    public static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>WooCommerce's <c>*_gmt</c> fields: UTC without an offset.</summary>
    public static string Gmt(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
