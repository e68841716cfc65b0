using System.Collections.Frozen;
using System.Text;

namespace OrleansSync.Contracts.Routing;

/// <summary>
/// Unicode Normalization Form C (UAX #15), self-contained: the repository builds with InvariantGlobalization,
/// where <see cref="string.Normalize()"/> leaves non-ASCII text unchanged, and grain keys must not depend on a
/// process's globalization mode.
/// </summary>
internal static partial class UnicodeNfc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly FrozenDictionary<int, (int First, int Second)> DecompositionOf =
        Enumerable.Range(0, Decompositions.Length / 3).ToFrozenDictionary(i => Decompositions[3 * i], i => (Decompositions[(3 * i) + 1], Decompositions[(3 * i) + 2]));

    private static readonly FrozenDictionary<int, int> ClassOf =
        Enumerable.Range(0, CombiningClasses.Length / 2).ToFrozenDictionary(i => CombiningClasses[2 * i], i => CombiningClasses[(2 * i) + 1]);

    private static readonly FrozenDictionary<long, int> CompositeOf =
        Enumerable.Range(0, Compositions.Length / 3).ToFrozenDictionary(i => Key(Compositions[3 * i], Compositions[(3 * i) + 1]), i => Compositions[(3 * i) + 2]);

    public static string Normalize(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var code = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            Decompose(rune.Value, code);
        }

        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (var i = 1; i < code.Count; i++)
        {
            var c = Class(code[i]);
            for (var j = i; c != 0 && j > 0 && Class(code[j - 1]) > c; j--)
            {
                (code[j - 1], code[j]) = (code[j], code[j - 1]);
            }
        }

        var composed = new List<int>(code.Count);
        var starter = -1;
        var lastClass = 0;
        foreach (var cp in code)
        {
            var c = Class(cp);
            var adjacent = starter == composed.Count - 1;
            if (starter >= 0 && (adjacent || (lastClass != 0 && lastClass < c)) && Compose(composed[starter], cp) is { } composite)
            {
                composed[starter] = composite;
                continue;
            }

            if (c == 0)
            {
                starter = composed.Count;
            }

            lastClass = c;
            composed.Add(cp);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var cp in composed)
        {
            builder.Append(new Rune(cp).ToString());
        }

        return builder.ToString();
    }

    private static void Decompose(int cp, List<int> into)
    {
        if (cp is >= SBase and < SBase + SCount)
        {
            var s = cp - SBase;
            into.Add(LBase + (s / NCount));
            into.Add(VBase + (s % NCount / TCount));
            if (s % TCount != 0)
            {
                into.Add(TBase + (s % TCount));
            }

            return;
        }

        if (!DecompositionOf.TryGetValue(cp, out var d))
        {
            into.Add(cp);
            return;
        }

        Decompose(d.First, into);
        if (d.Second != 0)
        {
            Decompose(d.Second, into);
        }
    }

    private static int? Compose(int first, int second)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            return SBase + ((((first - LBase) * VCount) + (second - VBase)) * TCount);
        }

        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            return first + (second - TBase);
        }

        return CompositeOf.TryGetValue(Key(first, second), out var composite) ? composite : null;
    }

    private static int Class(int cp) => cp < 0x300 ? 0 : ClassOf.GetValueOrDefault(cp);

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;
}
