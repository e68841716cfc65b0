using System.Net;
using System.Net.Sockets;

namespace OrleansSync.Cluster.Tests.Processes;

/// <summary>Loopback TCP ports nobody listens on now, never the same one twice in this test run.</summary>
public static class FreePorts
{
    private static readonly HashSet<int> _handedOut = [];
    private static readonly Lock _gate = new();

    public static int Next()
    {
        lock (_gate)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (_handedOut.Add(port))
                {
                    return port;
                }
            }
        }
    }
}
