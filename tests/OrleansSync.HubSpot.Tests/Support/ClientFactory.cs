using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.HubSpot.Sandbox;

namespace OrleansSync.HubSpot.Tests.Support;

/// <summary>Builds the production client the way the silo does, from configuration, pointed at a sandbox portal.</summary>
public static class ClientFactory
{
    public static ServiceProvider Create(RunningSandbox sandbox, string token, int? requestsPerInterval, Action<Dictionary<string, string?>>? tweak = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["HubSpot:BaseUrl"] = sandbox.BaseUrl.ToString(),
            ["HubSpot:AccessToken"] = token,
            ["HubSpot:RequestsPerInterval"] = requestsPerInterval?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["HubSpot:RetryBaseDelay"] = "00:00:00.050",
            ["HubSpot:AttemptTimeout"] = "00:00:05",
        };
        tweak?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHubSpotClient(configuration);
        return services.BuildServiceProvider();
    }

    public static IReadOnlyList<UpsertRecord> Contacts(int count, string prefix = "user") =>
        [.. Enumerable.Range(0, count).Select(i => new UpsertRecord($"{prefix}{i}@example.com", new Dictionary<string, string> { ["firstname"] = $"N{i}", ["lastname"] = "Sync" }))];
}
