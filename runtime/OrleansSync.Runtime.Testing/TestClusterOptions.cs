using Microsoft.Extensions.DependencyInjection;

namespace OrleansSync.Runtime.Testing;

/// <summary>How a <see cref="TestCluster"/> is built. Defaults are short timings so tests settle in well under a second.</summary>
public sealed class TestClusterOptions
{
    public GridProvider Provider { get; set; } = GridProvider.InMemory;

    public int ShardCount { get; set; } = 8;

    /// <summary>Extra configuration (e.g. "Silo:LeaseTtl") applied to every silo.</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Silo:LeaseTtl"] = "00:00:04",
        ["Silo:RenewInterval"] = "00:00:00.500",
        ["Silo:TrustMargin"] = "00:00:00.500",
        ["Silo:DeadAfter"] = "00:00:04",
        ["Silo:PollInterval"] = "00:00:00.250",
        ["Silo:ReminderPollInterval"] = "00:00:00.100",
        ["Silo:DrainTimeout"] = "00:00:10",
    };

    /// <summary>Registers grains and whatever they need, in every silo.</summary>
    public Action<IServiceCollection> ConfigureSilo { get; set; } = _ => { };
}
