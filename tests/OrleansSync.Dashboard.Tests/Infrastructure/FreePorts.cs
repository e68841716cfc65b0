using System.Net;
using System.Net.Sockets;

namespace OrleansSync.Dashboard.Tests.Infrastructure;

internal static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
