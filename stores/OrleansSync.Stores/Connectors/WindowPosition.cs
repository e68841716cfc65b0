using System.Globalization;

namespace OrleansSync.Stores.Connectors;

/// <summary>
/// A position inside one pass over a modified-after window: the platform's page token, and when the pass began by the
/// store's own clock. The next window starts at that moment (less <see cref="Overlap"/>), so records changed while the
/// pass was running are read again by the next one instead of being missed.
/// </summary>
public sealed record WindowPosition(string Token, DateTimeOffset PassStartedAt)
{
    /// <summary>Re-read a little before the pass began: the store's timestamps and Date header have whole seconds.</summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromSeconds(5);

    public string Format() => $"{PassStartedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{Token}";

    public static WindowPosition? Parse(string? position)
    {
        var bar = position?.IndexOf('|') ?? -1;
        if (position is null || bar < 1)
        {
            return null;
        }

        var ticks = long.Parse(position.AsSpan(0, bar), CultureInfo.InvariantCulture);
        return new WindowPosition(position[(bar + 1)..], new DateTimeOffset(ticks, TimeSpan.Zero));
    }

    /// <summary>The cursor once the pass is over: a new window from the pass's start.</summary>
    public StoreCursor NextWindow() => new(PassStartedAt - Overlap, null);
}
