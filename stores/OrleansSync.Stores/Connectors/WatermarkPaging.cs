using System.Globalization;

namespace OrleansSync.Stores.Connectors;

/// <summary>
/// Paging by modification time rather than deep offsets, for APIs that filter on "modified at or after" and sort by it:
/// each page moves the watermark to its last record's time and starts again at page 1, so records that change during a
/// backfill (and move to the end of the order) are never skipped. Only while a whole page shares one timestamp does
/// the page number grow. Records at exactly the watermark are read again on the next page or poll (harmless: grains
/// ignore versions they already have).
/// </summary>
public static class WatermarkPaging
{
    public static int PageOf(StoreCursor cursor) =>
        int.TryParse(cursor.Position, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    public static StoreCursor Next(StoreCursor cursor, DateTimeOffset? lastModified, bool isLast)
    {
        var watermark = lastModified is { } last && (cursor.ModifiedAfter is null || last > cursor.ModifiedAfter) ? last : cursor.ModifiedAfter;
        if (isLast)
        {
            return new StoreCursor(watermark, null);
        }

        return watermark != cursor.ModifiedAfter
            ? new StoreCursor(watermark, null)
            : cursor with { Position = (PageOf(cursor) + 1).ToString(CultureInfo.InvariantCulture) };
    }

    /// <summary>The watermark as the ISO 8601 UTC seconds every platform's filter accepts.</summary>
    public static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
