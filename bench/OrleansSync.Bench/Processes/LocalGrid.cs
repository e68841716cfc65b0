using System.Diagnostics;

namespace OrleansSync.Bench.Processes;

/// <summary>
/// Silos as separate processes on this machine, one cluster through PostgreSQL membership. The first silo hosts the
/// gateway's HTTP endpoints unless told otherwise; the others run with <c>Silo__HostGateway=false</c>.
/// </summary>
internal sealed class LocalGrid : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly List<SiloProcess> _silos = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private LocalGrid(string logDirectory) => LogDirectory = logDirectory;

    public IReadOnlyList<SiloProcess> Silos => _silos;

    /// <summary>Where each silo's output goes (<c>silo-N.log</c>).</summary>
    public string LogDirectory { get; }

    /// <summary>The gateway's base address (the first silo), when it hosts the gateway.</summary>
    public Uri GatewayAddress => _silos[0].HttpAddress;

    /// <summary>Starts the silos one after the other, each joining the cluster the earlier ones formed, and waits until each is active.</summary>
    /// <remarks>The environment holds what every silo gets (database, HubSpot, stores…); ports and the gateway switch are per silo.</remarks>
    public static async Task<LocalGrid> StartAsync(int silos, IReadOnlyDictionary<string, string> environment, bool firstHostsGateway, CancellationToken cancellationToken)
    {
        var grid = new LocalGrid(Directory.CreateTempSubdirectory("orleanssync-bench-").FullName);
        try
        {
            for (var n = 1; n <= silos; n++)
            {
                var silo = new SiloProcess(n, firstHostsGateway && n == 1, environment, grid.LogDirectory);
                grid._silos.Add(silo);

                // One at a time: each joins a cluster that is already up, as in a rolling start.
                silo.Start();
                await silo.WaitReadyAsync(grid._http, StartTimeout, cancellationToken);
            }

            return grid;
        }
        catch
        {
            await grid.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts a killed silo again on the same ports (a new generation in the membership table) and waits until it is active.</summary>
    public async Task<TimeSpan> RestartAsync(SiloProcess silo, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        silo.Kill();
        silo.Start();
        await silo.WaitReadyAsync(_http, StartTimeout, cancellationToken);
        return clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        _http.Dispose();
    }
}
