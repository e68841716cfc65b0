namespace OrleansSync.Cluster.Tests.Processes;

/// <summary>The last lines a process wrote (stdout and stderr interleaved), for failure messages.</summary>
public sealed class OutputTail(int capacity = 4_000)
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

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
        }
    }

    public IReadOnlyList<string> Last(int count)
    {
        lock (_gate)
        {
            return [.. _lines.Skip(Math.Max(0, _lines.Count - count))];
        }
    }

    public int Count(Func<string, bool> predicate)
    {
        lock (_gate)
        {
            return _lines.Count(predicate);
        }
    }
}
