using System.Globalization;

namespace OrleansSync.Bench;

/// <summary>Named arguments of one benchmark (<c>--count 5000 --silos 1,2,3</c>), with defaults.</summary>
internal sealed class BenchArgs(IReadOnlyList<string> args)
{
    public int Int(string name, int fallback) =>
        Value(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public IReadOnlyList<int> Ints(string name, IReadOnlyList<int> fallback) =>
        Value(name) is { } value ? [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture))] : fallback;

    public TimeSpan Seconds(string name, double fallback) =>
        TimeSpan.FromSeconds(Value(name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback);

    /// <summary>A switch without a value (<c>--quick</c>).</summary>
    public bool Flag(string name) => args.Contains(name, StringComparer.Ordinal);

    public string? Text(string name) => Value(name);

    private string? Value(string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
