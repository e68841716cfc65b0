using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Admin.Status;
using OrleansSync.Gateway.Configuration;
using OrleansSync.HubSpot.Sandbox;
using OrleansSync.Workload;
using OrleansSync.Workload.Sending;
using OrleansSync.Workload.Verification;

namespace OrleansSync.Silo.Demo;

/// <summary>
/// Once the process serves: sends the seeded workload to this process's own gateway over HTTP (as the stores would),
/// logs progress every few seconds, waits until the in-process sandbox is quiescent, prints the summary read back from
/// the sandbox and leaves the process running for the dashboard.
/// </summary>
internal sealed class DemoWorkloadRunner(
    StoreWorkload workload,
    RunningSandbox sandbox,
    ClusterStatusReader status,
    IHostApplicationLifetime lifetime,
    IServer server,
    TimeProvider time,
    IOptions<DemoWorkloadOptions> options,
    IOptions<AdminOptions> admin,
    ILogger<DemoWorkloadRunner> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(60);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await StartedAsync(stoppingToken);
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C before the summary: nothing to report.
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var gateway = GatewayAddress();
        var portalId = sandbox.DefaultPortal.PortalId;
        using var counter = new DeliveryCounter();
        using var http = new HttpClient(counter) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        using var inspection = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var verifier = new HubSpotVerifier(inspection, sandbox.BaseUrl);
        DemoWorkloadLog.Starting(logger, workload.Orders.Count, workload.Events.Count, workload.Seed, gateway);

        using var stopProgress = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var progress = ReportProgressAsync(counter, verifier, portalId, stopProgress.Token);
        var clock = Stopwatch.StartNew();
        var sender = new WorkloadSender(http, gateway, new WorkloadSenderOptions { Concurrency = options.Value.Concurrency }, time);
        var sent = await sender.SendAsync(workload.Events, cancellationToken);
        var report = await verifier.WaitUntilQuiescentAsync(workload, portalId, sent, Poll, Stall, options.Value.Timeout, cancellationToken);
        var elapsed = clock.Elapsed;
        await stopProgress.CancelAsync();
        await progress;

        if (report.Lost > 0)
        {
            DemoWorkloadLog.Incomplete(logger, report.ToString());
        }

        await Console.Out.WriteAsync(DemoSummary.Of(workload, sent, report, elapsed).Render(new Uri(gateway, "dashboard"), admin.Value.Token));
        await Console.Out.FlushAsync(cancellationToken);
    }

    private async Task ReportProgressAsync(DeliveryCounter counter, HubSpotVerifier verifier, long portalId, CancellationToken cancellationToken)
    {
        var portal = portalId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.ProgressInterval, time, cancellationToken);
                var report = await verifier.VerifyAsync(workload, portalId, null, cancellationToken);
                var cluster = await status.ReadAsync(cancellationToken);
                var backlog = cluster.Portals.FirstOrDefault(p => p.PortalId == portal)?.Status is { } grain ? $"{grain.Queued + grain.InFlight:N0}" : "?";
                DemoWorkloadLog.Progress(logger, counter.Accepted, workload.Events.Count, counter.Posted, report.RecordsFound,
                    report.ExpectedOrders + report.ExpectedContacts + report.ExpectedLineItems, report.Calls.Calls, report.Calls.Http429,
                    backlog, $"{cluster.Deliveries.Pending:N0}");
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException error)
            {
                DemoWorkloadLog.ProgressUnreadable(logger, error.Message);
            }
        }
    }

    private Task StartedAsync(CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The first address the server listens on, as a client reaches it (a wildcard host becomes 127.0.0.1).</summary>
    private Uri GatewayAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server listens on no address.");
        var uri = new UriBuilder(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        uri.Path = "/";
        return uri.Uri;
    }
}
