namespace OrleansSync.Silo.Startup;

internal sealed partial class DemoModeAnnouncer(ILogger<DemoModeAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogDemo(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(2020, LogLevel.Warning, "DEMO MODE: no Gateway:Stores configured. Serving demo stores demo-woo, demo-shopify and demo-cart with the demo secrets documented in the README. Never expose this process; configure Gateway:Stores and Gateway:Admin:Token for real use.")]
    private static partial void LogDemo(ILogger logger);
}
