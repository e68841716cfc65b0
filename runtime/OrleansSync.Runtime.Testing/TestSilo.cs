using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrleansSync.Runtime.Silo;

namespace OrleansSync.Runtime.Testing;

/// <summary>One silo of a <see cref="TestCluster"/>, with its own service provider (as a separate process would have).</summary>
public sealed class TestSilo(IHost host)
{
    public IHost Host { get; } = host;

    public GridSilo Silo { get; } = host.Services.GetRequiredService<GridSilo>();

    public string SiloId => Silo.SiloId;

    public bool IsRunning { get; internal set; }

    public T GetService<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();
}
