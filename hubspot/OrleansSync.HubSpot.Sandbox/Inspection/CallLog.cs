namespace OrleansSync.HubSpot.Sandbox.Inspection;

/// <summary>The portal's API calls in arrival order (bounded, oldest dropped first).</summary>
internal sealed class CallLog(int capacity = 200_000)
{
    private readonly Queue<SandboxCall> _calls = new();
    private readonly Lock _gate = new();

    public void Add(SandboxCall call)
    {
        lock (_gate)
        {
            if (_calls.Count == capacity)
            {
                _calls.Dequeue();
            }

            _calls.Enqueue(call);
        }
    }

    public IReadOnlyList<SandboxCall> Snapshot()
    {
        lock (_gate)
        {
            return [.. _calls];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _calls.Clear();
        }
    }
}
