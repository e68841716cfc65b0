using System.Net;
using System.Net.Sockets;

namespace OrleansSync.Bench.Processes;

internal static class FreePorts
{
    /// <summary>Ports free on the loopback interface right now (all held open together, so they are distinct).</summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
