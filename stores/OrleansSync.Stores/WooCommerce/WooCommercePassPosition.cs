using System.Globalization;

namespace OrleansSync.Stores.WooCommerce;

/// <summary>
/// Where a WooCommerce pass stands: the list offset after the records read so far and the highest id read. Written
/// <c>{offset}:{lastId}</c>; a bare number is a page cursor stored before offsets were used (page N of the store's page size).
/// </summary>
public readonly record struct WooCommercePassPosition(int Offset, long LastId)
{
    public static readonly WooCommercePassPosition Start = new(0, 0);

    public string Format() => $"{Offset.ToString(CultureInfo.InvariantCulture)}:{LastId.ToString(CultureInfo.InvariantCulture)}";

    public static WooCommercePassPosition Parse(string token, int pageSize)
    {
        var colon = token.IndexOf(':');
        return colon < 0
            ? new WooCommercePassPosition((int.Parse(token, CultureInfo.InvariantCulture) - 1) * pageSize, 0)
            : new WooCommercePassPosition(
                int.Parse(token.AsSpan(0, colon), CultureInfo.InvariantCulture),
                long.Parse(token.AsSpan(colon + 1), CultureInfo.InvariantCulture));
    }
}
