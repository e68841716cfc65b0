namespace OrleansSync.Cluster.Tests.Processes;

/// <summary>
/// The last lines a process wrote (stdout and stderr interleaved), for failure messages; optionally every line also
/// goes to a file.
/// </summary>
public sealed class OutputTail(int capacity = 4_000) : IDisposable
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();
    private StreamWriter? _file;

    /// <summary>Also writes every line to <paramref name="file"/> in <paramref name="directory"/> (nothing when the directory is null).</summary>
    public void KeepIn(string? directory, string file)
    {
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
            lock (_gate)
            {
                _file = new StreamWriter(Path.Combine(directory, file)) { AutoFlush = true };
            }
        }
    }

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_lines.Count == capacity)
            {
                _lines.Dequeue();
            }

            _lines.Enqueue(line);
            _file?.WriteLine(line);
        }
    }

    public IReadOnlyList<string> Last(int count)
    {
        lock (_gate)
        {
            return [.. _lines.Skip(Math.Max(0, _lines.Count - count))];
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _file?.Dispose();
            _file = null;
        }
    }
}
