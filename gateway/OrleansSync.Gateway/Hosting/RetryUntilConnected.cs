using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrleansSync.Gateway.Hosting;

/// <summary>Keeps trying to reach the cluster at start (silos may start after the gateway) instead of failing the process.</summary>
internal sealed partial class RetryUntilConnected(IOptions<OrleansClientOptions> options, TimeProvider time, ILogger<RetryUntilConnected> logger)
    : IClientConnectionRetryFilter
{
    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        NotConnected(logger, exception.Message, options.Value.ConnectRetryDelay);
        await Task.Delay(options.Value.ConnectRetryDelay, time, cancellationToken);
        return true;
    }

    [LoggerMessage(3200, LogLevel.Warning, "No Orleans silo reachable yet ({Reason}); trying again in {Delay}")]
    private static partial void NotConnected(ILogger logger, string reason, TimeSpan delay);
}
